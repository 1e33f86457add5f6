package org.esip.shell.internal;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseQuery;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.QualificationType;

@Command(scope = "esip", name = "enterprise-list", description = "查找企业 Search enterprises")
@Service
public class EnterpriseListCommand extends PagedCommand {

    @Reference
    EnterpriseService enterprises;

    @Option(name = "-q", aliases = "--text", description = "名称或信用代码包含 Name or credit code contains")
    String text;

    @Option(name = "-c", aliases = "--credit-code", description = "信用代码前缀 Credit code prefix")
    String creditCode;

    @Option(name = "-r", aliases = "--region", description = "区划代码前缀 Region code prefix, e.g. 330382")
    String region;

    @Option(name = "-i", aliases = "--industry", description = "行业代码前缀 Industry code prefix, e.g. C38")
    String industry;

    @Option(name = "--scale", description = "企业规模 Size: LARGE MEDIUM SMALL MICRO")
    EnterpriseSize scale;

    @Option(name = "-t", aliases = "--tag", description = "标签 Tag")
    String tag;

    @Option(name = "--qualification", description = "有效资质 Valid qualification, e.g. HIGH_TECH")
    QualificationType qualification;

    @Option(name = "--status", description = "状态 Status: ACTIVE (default) RETIRED")
    EnterpriseStatus status;

    @Option(name = "-o", aliases = "--sort", description = "排序 Sort: name, creditCode, createdAt, employees, annualRevenue; - for descending")
    String sort;

    EnterpriseQuery query() {
        return new EnterpriseQuery(text, creditCode, region, industry, scale, tag, qualification, status, sort);
    }

    @Override
    public Object execute() throws Exception {
        Page<Enterprise> result = enterprises.search(query(), pageRequest());
        ConsoleTable table = new ConsoleTable();
        table.column("ID");
        table.column("统一社会信用代码 Credit code");
        table.column("名称 Name");
        table.column("区划 Region");
        table.column("行业 Industry");
        table.column("规模 Size");
        table.column("标签 Tags");
        for (Enterprise e : result.items()) {
            table.row(e.id(), e.creditCode(), e.name(), e.regionCode(),
                    e.industryCode() == null ? "" : e.industryCode(), e.size() == null ? "" : e.size().name(),
                    String.join(",", new TreeSet<>(e.tags())));
        }
        printTable(table, result);
        return null;
    }
}
