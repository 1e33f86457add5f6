package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.StatusChange;

@Command(scope = "esip", name = "org-show", description = "查看服务机构及其入驻历史 Show a service organisation with its admission history")
@Service
public class OrganisationShowCommand extends ConsoleCommand {

    @Reference
    OrganisationService organisations;

    @Completion(Completers.OrganisationIds.class)
    @Argument(index = 0, name = "id", required = true, description = "服务机构 ID Organisation id")
    long id;

    @Override
    public Object execute() {
        Organisation o = organisations.get(id);
        out().println(o.name() + "  " + o.creditCode() + "  [" + o.status() + "]"
                + (o.agreementNumber() == null ? "" : "  协议 agreement " + o.agreementNumber() + " " + o.agreementDate()));
        out().println("服务领域 Domains: " + o.domains() + "  形式 Presence: " + o.presence()
                + "  联盟成员 Alliance: " + (o.allianceMember() ? "是 yes" : "否 no") + "  信用 Credit: "
                + (o.creditGood() ? "良好 good" : "不良 bad record: " + o.creditNote()));
        for (OrganisationQualification q : o.qualifications()) {
            out().println("资质 Qualification: " + q.type() + " " + (q.number() == null ? "" : q.number()) + " "
                    + (q.issuer() == null ? "" : q.issuer()) + " 至 until " + q.validUntil()
                    + (Boolean.TRUE.equals(q.expired()) ? "  已过期 EXPIRED" : ""));
        }
        ConsoleTable table = new ConsoleTable();
        table.column("时间 When");
        table.column("操作者 Actor");
        table.column("从 From");
        table.column("到 To");
        table.column("原因/协议 Reason / agreement");
        for (StatusChange h : organisations.history(id)) {
            table.row(h.at(), h.actor(), h.from() == null ? "" : h.from(), h.to(),
                    (h.reason() == null ? "" : h.reason()) + (h.agreementNumber() == null ? ""
                            : " " + h.agreementNumber() + " " + h.agreementDate()));
        }
        printTable(table, null);
        return null;
    }
}
