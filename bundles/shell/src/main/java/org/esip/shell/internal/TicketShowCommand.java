package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketEvent;
import org.esip.ticketing.api.TicketService;

@Command(scope = "esip", name = "ticket-show", description = "查看工单及其全过程 Show a ticket with its whole timeline")
@Service
public class TicketShowCommand extends ConsoleCommand {

    @Reference
    TicketService tickets;

    @Reference
    EnterpriseService enterprises;

    @Completion(Completers.TicketIds.class)
    @Argument(index = 0, name = "id", required = true, description = "工单 ID Ticket id")
    long id;

    @Override
    public Object execute() {
        Ticket t = tickets.get(id);
        out().println("#" + t.id() + " " + t.title() + "  [" + t.status() + "]  " + t.kind() + " / " + t.channel()
                + "  企业 enterprise " + new EnterpriseNames(enterprises).label(t.enterpriseId()) + "  首问负责 owner " + (t.owner() == null ? "—" : t.owner()));
        if (t.category() != null) {
            out().println("专线类别 Service-line category: " + t.category());
        }
        if (t.assignment() != null) {
            out().println("承办 Assigned to: " + t.assignment().kind() + " " + t.assignment().name());
        }
        if (!t.missingItems().isEmpty()) {
            out().println("待补充 Missing: " + String.join("；", t.missingItems()));
        }
        if (t.grade() != null) {
            out().println("评价 Evaluation: " + t.grade() + (t.correctionNeeded() ? "  需整改 correction needed" : ""));
        }
        ConsoleTable table = new ConsoleTable();
        table.column("时间 When");
        table.column("操作者 Actor");
        table.column("操作 Action");
        table.column("状态 Status");
        table.column("说明 Remark").maxSize(80);
        for (TicketEvent e : tickets.timeline(id)) {
            table.row(e.at(), e.actor(), e.action(), (e.from() == null ? "" : e.from() + " → ") + e.to(),
                    (e.channel() == null ? "" : e.channel() + " ") + (e.remark() == null ? "" : e.remark()));
        }
        printTable(table, null);
        return null;
    }
}
