package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.registry.api.EnterpriseService;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketStatus;

@Command(scope = "esip", name = "ticket-list", description = "列出工单（最新在前） List tickets, newest first")
@Service
public class TicketListCommand extends PagedCommand {

    @Reference
    TicketService tickets;

    @Reference
    EnterpriseService enterprises;

    @Completion(Completers.EnterpriseIds.class)
    @Option(name = "-e", aliases = "--enterprise", description = "企业编号 Enterprise id")
    Long enterpriseId;

    @Option(name = "--status", description = "状态 Status, e.g. SUBMITTED ACCEPTED CLOSED")
    TicketStatus status;

    @Option(name = "-o", aliases = "--owner", description = "首问负责人 Owner (username)")
    String owner;

    @Override
    public Object execute() {
        Page<Ticket> result = tickets.list(enterpriseId, status, owner, pageRequest());
        EnterpriseNames names = new EnterpriseNames(enterprises);
        ConsoleTable table = new ConsoleTable();
        table.column("ID");
        table.column("企业 Enterprise").maxSize(36);
        table.column("类型 Kind");
        table.column("渠道 Channel");
        table.column("状态 Status");
        table.column("首问负责人 Owner");
        table.column("标题 Title").maxSize(40);
        table.column("提交时间 Created");
        for (Ticket t : result.items()) {
            table.row(t.id(), names.label(t.enterpriseId()), t.kind(), t.channel(), t.status(),
                    t.owner() == null ? "" : t.owner(), t.title(),
                    t.createdAt());
        }
        printTable(table, result);
        return null;
    }
}
