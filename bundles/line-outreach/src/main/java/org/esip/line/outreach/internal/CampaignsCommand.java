package org.esip.line.outreach.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.line.outreach.api.Campaign;
import org.esip.line.outreach.api.CampaignResults;
import org.esip.line.outreach.api.OutreachService;

/** {@code esip:outreach-campaigns}: the campaigns with their period, targets, plans, visits and demands. */
@Command(scope = "esip", name = "outreach-campaigns", description = "助企行活动及其走访成效 Outreach campaigns and their results")
@Service
public class CampaignsCommand implements Action {

    @Reference
    OutreachService outreach;

    @Option(name = "--csv", description = "CSV instead of a table")
    boolean csv;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String c : new String[] {"ID", "主题 Theme", "期间 Period", "目标 Targets", "计划 Planned", "已走访 Visited",
            "诉求 Demands", "办结 Resolved", "满意率 Satisfaction"}) {
            table.column(c);
        }
        if (csv) {
            System.out.println("id,theme,startsOn,endsOn,targets,planned,enterprisesVisited,demands,resolved,satisfactionRate");
        }
        for (Campaign c : outreach.list()) {
            CampaignResults r = outreach.results(c.id());
            if (csv) {
                System.out.println(c.id() + "," + c.theme().replace(',', '，') + "," + c.startsOn() + "," + c.endsOn() + ","
                        + r.targets() + "," + r.planned() + "," + r.enterprisesVisited() + "," + r.demands() + ","
                        + r.resolved() + "," + (r.satisfactionRate() == null ? "" : r.satisfactionRate()));
            } else {
                table.addRow().addContent(c.id(), c.theme(), c.startsOn() + " ~ " + c.endsOn(), r.targets(), r.planned(),
                        r.enterprisesVisited(), r.demands(), r.resolved(),
                        r.satisfactionRate() == null ? "—" : r.satisfactionRate() + "%");
            }
        }
        if (!csv) {
            table.print(System.out);
        }
        return null;
    }
}
