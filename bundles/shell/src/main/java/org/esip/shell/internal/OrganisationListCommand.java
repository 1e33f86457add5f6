package org.esip.shell.internal;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQuery;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;

@Command(scope = "esip", name = "org-list", description = "查找服务机构 Search service organisations")
@Service
public class OrganisationListCommand extends PagedCommand {

    @Reference
    OrganisationService organisations;

    @Option(name = "-q", aliases = "--text", description = "名称或信用代码包含 Name or credit code contains")
    String text;

    @Option(name = "-r", aliases = "--region", description = "区划代码前缀 Region code prefix")
    String region;

    @Option(name = "-d", aliases = "--domain", description = "服务领域 Service domain, e.g. INSPECTION_TESTING")
    ServiceDomain domain;

    @Option(name = "-t", aliases = "--tag", description = "标签 Tag")
    String tag;

    @Option(name = "--status", description = "状态 Status: APPLIED ADMITTED SUSPENDED EXITED")
    OrganisationStatus status;

    @Override
    public Object execute() {
        Page<Organisation> result = organisations.search(
                new OrganisationQuery(text, region, domain, tag, status, null, "name"), pageRequest());
        ConsoleTable table = new ConsoleTable();
        table.column("ID");
        table.column("统一社会信用代码 Credit code");
        table.column("名称 Name");
        table.column("状态 Status");
        table.column("服务领域 Domains").maxSize(60);
        table.column("资质过期 Expired qual.");
        for (Organisation o : result.items()) {
            table.row(o.id(), o.creditCode(), o.name(), o.status(),
                    String.join(",", new TreeSet<>(o.domains().stream().map(Enum::name).toList())),
                    o.hasExpiredQualification() ? "是 yes" : "");
        }
        printTable(table, result);
        return null;
    }
}
