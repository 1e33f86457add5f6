package org.esip.shell.internal;

import java.util.List;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.provider.api.Expert;
import org.esip.provider.api.ExpertQuery;
import org.esip.provider.api.ExpertService;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.StatusChange;

/** The expert pool on the console. */
public final class ExpertCommands {
    private ExpertCommands() {
    }

    @Command(scope = "esip", name = "expert-list", description = "查找专家 Search experts")
    @Service
    public static class ListExperts extends PagedCommand {
        @Reference
        ExpertService experts;

        @Option(name = "-q", aliases = "--text", description = "姓名、单位或职称包含 Name, employer or title contains")
        String text;

        @Option(name = "-d", aliases = "--domain", description = "技术领域 Domain")
        ServiceDomain domain;

        @Option(name = "--out", description = "列出已出库的专家 List experts out of the pool")
        boolean out;

        @Override
        public Object execute() {
            Page<Expert> result = experts.search(new ExpertQuery(text, domain, null, null, !out, null, "name"),
                    pageRequest());
            ConsoleTable table = new ConsoleTable();
            table.column("ID");
            table.column("姓名 Name");
            table.column("职称 Title");
            table.column("单位 Employer");
            table.column("领域 Domains").maxSize(60);
            table.column("志愿 Volunteer");
            for (Expert e : result.items()) {
                table.row(e.id(), e.name(), (e.title() == null ? "" : e.title())
                        + (e.seniorTitle() ? " (高级 senior)" : ""), e.employer() == null ? "" : e.employer(),
                        String.join(",", new TreeSet<>(e.domains().stream().map(Enum::name).toList())),
                        e.volunteer() ? "是 yes" : "");
            }
            printTable(table, result);
            return null;
        }
    }

    @Command(scope = "esip", name = "expert-show", description = "查看专家及其出入库历史 Show an expert with the pool history")
    @Service
    public static class Show extends ConsoleCommand {
        @Reference
        ExpertService experts;

        @Completion(Completers.ExpertIds.class)
        @Argument(index = 0, name = "id", required = true, description = "专家 ID Expert id")
        long id;

        @Override
        public Object execute() {
            Expert e = experts.get(id);
            out().println(e.name() + "  " + (e.title() == null ? "" : e.title()) + "  "
                    + (e.employer() == null ? "" : e.employer()) + "  " + (e.inPool() ? "在库 in pool" : "已出库 out of pool"));
            out().println("领域 Domains: " + e.domains());
            for (StatusChange h : experts.history(id)) {
                out().println(ConsoleTimes.cell(h.at()) + "  " + h.actor() + "  " + (h.from() == null ? "" : h.from() + " → ") + h.to()
                        + (h.reason() == null ? "" : "  " + h.reason()));
            }
            return null;
        }
    }

    @Command(scope = "esip", name = "expert-pool-enter", description = "专家入库 Put an expert into the pool")
    @Service
    public static class PoolEnter extends ConsoleCommand {
        @Reference
        ExpertService experts;

        @Completion(Completers.ExpertIds.class)
        @Argument(index = 0, name = "id", required = true, description = "专家 ID Expert id")
        long id;

        @Argument(index = 1, name = "remark", multiValued = true, description = "备注（可含空格） Remark (may contain spaces)")
        List<String> remark;

        @Override
        public Object execute() {
            Expert e = experts.enterPool(Operator.current(), id, experts.get(id).version(),
                    remark == null ? null : String.join(" ", remark));
            out().println(e.name() + " → 在库 in pool");
            return null;
        }
    }

    @Command(scope = "esip", name = "expert-pool-leave", description = "专家出库（须原因） Take an expert out of the pool, with the reason")
    @Service
    public static class PoolLeave extends ConsoleCommand {
        @Reference
        ExpertService experts;

        @Completion(Completers.ExpertIds.class)
        @Argument(index = 0, name = "id", required = true, description = "专家 ID Expert id")
        long id;

        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        public Object execute() {
            Expert e = experts.leavePool(Operator.current(), id, experts.get(id).version(), String.join(" ", reason));
            out().println(e.name() + " → 已出库 out of pool");
            return null;
        }
    }
}
