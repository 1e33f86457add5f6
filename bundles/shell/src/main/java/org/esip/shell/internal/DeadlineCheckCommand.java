package org.esip.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;

@Command(scope = "esip", name = "deadline-check", description = "立即检查超期工单并提级督办 Escalate overdue tickets now")
@Service
public class DeadlineCheckCommand extends ConsoleCommand {

    @Reference
    TicketService tickets;

    @Argument(index = 0, name = "asOf", description = "按此日期检查（默认今天） As of this date, yyyy-MM-dd (default today)")
    String asOf;

    @Override
    public Object execute() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate day = asOf == null || "now".equalsIgnoreCase(asOf) ? today : LocalDate.parse(asOf);
        // A look ahead is a dry run: it lists what would be escalated and marks, records and sends nothing.
        boolean dryRun = day.isAfter(today);
        List<Ticket> escalated = tickets.escalateOverdue(day, dryRun);
        if (dryRun) {
            escalated.forEach(t -> out().println("#" + t.id() + " " + t.title() + " [" + t.status() + "]"));
            out().println("试算（未提级）Dry run, nothing escalated: " + escalated.size() + " would be");
            return null;
        }
        escalated.forEach(t -> out().println("#" + t.id() + " " + t.title() + " [" + t.status() + "] 首问负责 owner "
                + (t.owner() == null ? "—" : t.owner())));
        out().println("已提级督办 Escalated: " + escalated.size());
        return null;
    }
}
