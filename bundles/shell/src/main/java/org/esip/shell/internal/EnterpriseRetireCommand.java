package org.esip.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;

@Command(scope = "esip", name = "enterprise-retire", description = "注销企业（保留记录与历史） Retire an enterprise (its record and history stay)")
@Service
public class EnterpriseRetireCommand extends ConsoleCommand {

    @Reference
    EnterpriseService enterprises;

    @Completion(Completers.EnterpriseIds.class)
    @Argument(index = 0, name = "id", required = true, description = "企业 ID Enterprise id")
    long id;

    @Argument(index = 1, name = "reason", required = true, multiValued = true,
            description = "原因（可含空格） Reason (may contain spaces)")
    List<String> reason;

    @Override
    public Object execute() {
        Enterprise current = enterprises.get(id);
        Enterprise retired = enterprises.retire(Operator.current(), id, current.version(), String.join(" ", reason));
        out().println("已注销 Retired: " + retired.name() + " (" + retired.creditCode() + ") " + ConsoleTimes.cell(retired.retiredAt()));
        return null;
    }
}
