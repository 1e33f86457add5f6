package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;

@Command(scope = "esip", name = "enterprise-list", description = "列出企业 List registered enterprises")
@Service
public class EnterpriseListCommand implements Action {

    @Reference
    EnterpriseService enterprises;

    @Option(name = "-q", aliases = "--name", description = "名称包含 Name contains")
    String name;

    @Option(name = "-p", aliases = "--page", description = "页码（从 0 开始） Page, from 0")
    int page = 0;

    @Option(name = "-s", aliases = "--size", description = "每页条数 Page size")
    int size = PageRequest.DEFAULT_SIZE;

    @Override
    public Object execute() {
        Page<Enterprise> result = enterprises.list(name, new PageRequest(page, size));
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("统一社会信用代码 Credit code");
        table.column("名称 Name");
        table.column("区划 Region");
        table.column("行业 Industry");
        table.column("标签 Tags");
        for (Enterprise e : result.items()) {
            table.addRow().addContent(e.id(), e.creditCode(), e.name(), e.regionCode(),
                    e.industryCode() == null ? "" : e.industryCode(), String.join(",", new java.util.TreeSet<>(e.tags())));
        }
        table.print(System.out);
        System.out.println(Footer.of(result));
        return null;
    }
}
