package org.esip.line.outreach.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.line.outreach.api.OutreachService;

/** {@code esip:outreach-reconcile}: submits the tickets of visit demands stored without one (as at activation). */
@Command(scope = "esip", name = "outreach-reconcile", description = "补交尚未生成工单的走访诉求 Submit visit demands still without a ticket")
@Service
public class ReconcileCommand implements Action {

    @Reference
    OutreachService outreach;

    @Override
    public Object execute() {
        System.out.println("已补交 Submitted: " + outreach.reconcile());
        return null;
    }
}
