package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.audit.api.AuditEntry;
import org.esip.audit.api.AuditQuery;
import org.esip.audit.api.AuditService;
import org.esip.core.api.Page;

@Command(scope = "esip", name = "audit-log", description = "查询审计日志（最新在前） Query the audit log, newest first")
@Service
public class AuditLogCommand extends PagedCommand {

    @Reference
    AuditService audit;

    @Option(name = "-t", aliases = "--type", description = "记录类型 Record type, e.g. enterprise, organisation, account")
    String type;

    @Option(name = "-i", aliases = "--id", description = "记录 ID Record id")
    String id;

    @Option(name = "-a", aliases = "--actor", description = "操作者 Actor, e.g. admin or console:admin")
    String actor;

    @Override
    public Object execute() {
        Page<AuditEntry> result = audit.search(new AuditQuery(type, id, actor, null, null), pageRequest());
        ConsoleTable table = new ConsoleTable();
        table.column("#");
        table.column("时间 When");
        table.column("操作者 Actor");
        table.column("操作 Action");
        table.column("记录 Record");
        table.column("变更 Changes").maxSize(80);
        for (AuditEntry e : result.items()) {
            table.row(e.id(), e.at(), e.actor(), e.action(),
                    e.entityType() + " " + e.entityId(), e.changes());
        }
        printTable(table, result);
        return null;
    }
}
