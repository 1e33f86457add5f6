package org.esip.shell.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Actor;
import org.esip.ticketing.api.AssigneeKind;
import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.DispatchSuggestion;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.Ticket;
import org.esip.ticketing.api.TicketKind;
import org.esip.ticketing.api.TicketService;
import org.esip.ticketing.api.TicketSubmission;
import org.esip.ticketing.api.TimeRequest;

/**
 * The service flow of Appendix A on the console, thin over the same TicketService the REST API uses:
 * each step acts on the ticket's current version as the signed-in operator and prints where it now stands.
 */
public final class TicketStepCommands {
    private TicketStepCommands() {
    }

    /** A step on one ticket with an optional text of several words (remark, reason, result …). */
    abstract static class Step extends ConsoleCommand {
        @Reference
        TicketService tickets;

        @Completion(Completers.TicketIds.class)
        @Argument(index = 0, name = "id", required = true, description = "工单 ID Ticket id")
        long id;

        @Argument(index = 1, name = "text", multiValued = true, description = "说明（可多个词） Remark, reason or result (several words)")
        List<String> words;

        String text() {
            return words == null || words.isEmpty() ? null : String.join(" ", words);
        }

        long version() {
            return tickets.get(id).version();
        }

        @Override
        public Object execute() {
            print(out(), act(Operator.current()));
            return null;
        }

        abstract Ticket act(Actor actor);
    }

    static void print(PrintStream out, Ticket t) {
        out.println("#" + t.id() + " " + t.title() + "  [" + t.status() + "]"
                + (t.category() == null ? "" : "  类别 category " + t.category())
                + (t.assignment() == null ? "" : "  承办 " + t.assignment().kind() + " " + t.assignment().name())
                + (t.resolveDue() == null ? "" : "  办结时限 due " + ConsoleTimes.cell(t.resolveDue()))
                + (t.handlerDue() == null ? "" : "  承办时限 handler due " + ConsoleTimes.cell(t.handlerDue()))
                + (t.pendingRequest() == null ? "" : "  待审批 pending " + t.pendingRequest().kind() + " "
                        + t.pendingRequest().workingDays())
                + (t.mergedInto() == null ? "" : "  并入 merged into #" + t.mergedInto()));
    }

    @Command(scope = "esip", name = "ticket-submit", description = "登记企业诉求（电话、窗口、走访等） Record a demand taken by phone, window, visit …")
    @Service
    public static class Submit extends ConsoleCommand {
        @Reference
        TicketService tickets;

        @Completion(Completers.EnterpriseIds.class)
        @Option(name = "-e", aliases = "--enterprise", required = true, description = "企业 ID Enterprise id")
        long enterprise;

        @Option(name = "-k", aliases = "--kind", description = "类型 Kind: CONSULTATION DEMAND APPEAL COMPLAINT (默认 DEMAND，或专线类别的类型 default DEMAND, or the category's)")
        TicketKind kind;

        @Option(name = "-c", aliases = "--channel", description = "渠道 Channel: PHONE WINDOW VISIT EMAIL IM SURVEY …")
        Channel channel = Channel.PHONE;

        @Option(name = "-t", aliases = "--title", required = true, description = "标题 Title")
        String title;

        @Option(name = "-d", aliases = "--domain", description = "服务领域 Service domain, e.g. INSPECTION_TESTING")
        String domain;

        @Option(name = "--category", description = "服务专线的工单类别 A service line's ticket category, e.g. policy.application")
        String category;

        @Option(name = "--key", description = "幂等键：重复提交不会产生第二张工单 Idempotency key")
        String key;

        @Argument(index = 0, name = "description", required = true, multiValued = true, description = "诉求内容 Description")
        List<String> description;

        @Override
        public Object execute() {
            TicketKind k = kind == null && (category == null || category.isBlank()) ? TicketKind.DEMAND : kind;
            print(out(), tickets.submit(Operator.current(), new TicketSubmission(enterprise, k, channel, title,
                    String.join(" ", description), null, domain, category), key));
            return null;
        }
    }

    @Command(scope = "esip", name = "ticket-accept", description = "受理工单 Accept a ticket")
    @Service
    public static class Accept extends Step {
        @Option(name = "-d", aliases = "--domain", description = "服务领域 Service domain, e.g. INSPECTION_TESTING")
        String domain;

        @Override
        Ticket act(Actor actor) {
            return tickets.accept(actor, id, version(), text(), domain);
        }
    }

    @Command(scope = "esip", name = "ticket-reject", description = "不予受理（须说明理由，告知企业） Reject with the reason the enterprise is told")
    @Service
    public static class Reject extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.reject(actor, id, version(), text());
        }
    }

    @Command(scope = "esip", name = "ticket-request-info", description = "一次性告知需补充的全部材料 Ask for everything missing at once (one argument per item)")
    @Service
    public static class RequestInformation extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.requestInformation(actor, id, version(), words == null ? List.of() : words);
        }
    }

    @Command(scope = "esip", name = "ticket-assign", description = "派单 Dispatch to staff, an organisation, an expert or a department")
    @Service
    public static class Assign extends Step {
        @Option(name = "-k", aliases = "--kind", required = true, description = "STAFF ORGANISATION EXPERT DEPARTMENT")
        AssigneeKind kind;

        @Option(name = "--to", description = "工作人员、机构或专家 ID Staff, organisation or expert id")
        Long to;

        @Option(name = "--department", description = "部门名称 Department name")
        String department;

        @Override
        Ticket act(Actor actor) {
            return tickets.assign(actor, id, version(), new Assignment(kind, to, department, text()));
        }
    }

    @Command(scope = "esip", name = "ticket-sign", description = "承办方签收 The assignee signs for the ticket (签收)")
    @Service
    public static class Sign extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.sign(actor, id, version());
        }
    }

    @Command(scope = "esip", name = "ticket-return", description = "退单（须说明理由） Return the ticket with a reason (退单)")
    @Service
    public static class Return extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.giveBack(actor, id, version(), text());
        }
    }

    @Command(scope = "esip", name = "ticket-start", description = "双方对接，记录约定的服务内容与期限 Start: record the agreed scope and period")
    @Service
    public static class Start extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.start(actor, id, version(), text());
        }
    }

    @Command(scope = "esip", name = "ticket-resolve", description = "办结，记录结果 Resolve with the result")
    @Service
    public static class Resolve extends Step {
        @Option(name = "--fee", description = "收费（元），公益服务为 0 Fees charged in yuan, 0 if free")
        BigDecimal fee;

        @Override
        Ticket act(Actor actor) {
            return tickets.resolve(actor, id, version(), text(), fee);
        }
    }

    @Command(scope = "esip", name = "ticket-feedback", description = "向企业反馈结果 Tell the enterprise the result")
    @Service
    public static class Feedback extends Step {
        @Option(name = "-c", aliases = "--channel", description = "反馈渠道（默认为受理渠道） Channel, by default the intake channel")
        Channel channel;

        @Override
        Ticket act(Actor actor) {
            Ticket t = tickets.get(id);
            return tickets.sendFeedback(actor, id, t.version(), channel == null ? t.channel() : channel, text());
        }
    }

    @Command(scope = "esip", name = "ticket-evaluate", description = "登记企业评价（如电话回访所得） Record the enterprise's evaluation")
    @Service
    public static class Evaluate extends Step {
        @Option(name = "-g", aliases = "--grade", required = true, description = "VERY_SATISFIED SATISFIED BASICALLY_SATISFIED DISSATISFIED VERY_DISSATISFIED")
        SatisfactionGrade grade;

        @Override
        Ticket act(Actor actor) {
            return tickets.evaluate(actor, id, version(), grade, text());
        }
    }

    @Command(scope = "esip", name = "ticket-correct", description = "登记整改 Record the correction after a low grade")
    @Service
    public static class Correct extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.recordCorrection(actor, id, version(), text());
        }
    }

    @Command(scope = "esip", name = "ticket-close", description = "关闭工单并封存档案 Close the ticket and seal its archive file")
    @Service
    public static class Close extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.close(actor, id, version(), text());
        }
    }

    @Command(scope = "esip", name = "ticket-revisit", description = "登记回访 Record a revisit of a closed ticket")
    @Service
    public static class Revisit extends Step {
        @Override
        Ticket act(Actor actor) {
            return tickets.revisit(actor, id, text());
        }
    }

    @Command(scope = "esip", name = "ticket-time", description = "申请延期或缓办 Ask for an extension (延期) or a deferral (缓办)")
    @Service
    public static class RequestTime extends Step {
        @Option(name = "-k", aliases = "--kind", description = "EXTENSION（延期） DEFERRAL（缓办）")
        TimeRequest.Kind kind = TimeRequest.Kind.EXTENSION;

        @Option(name = "--days", required = true, description = "工作日数 Working days")
        int days;

        @Override
        Ticket act(Actor actor) {
            return tickets.requestTime(actor, id, version(), kind, days, text());
        }
    }

    @Command(scope = "esip", name = "ticket-time-decide", description = "审批延期或缓办申请 Approve or refuse a request for more time")
    @Service
    public static class DecideTime extends Step {
        @Option(name = "--refuse", description = "不予批准（须说明理由） Refuse, with a reason")
        boolean refuse;

        @Override
        Ticket act(Actor actor) {
            return tickets.decideTime(actor, id, version(), !refuse, text());
        }
    }

    @Command(scope = "esip", name = "ticket-merge", description = "将重复工单并入另一工单 Merge a duplicate into another ticket")
    @Service
    public static class Merge extends Step {
        @Option(name = "--into", required = true, description = "并入的工单 ID The ticket it goes into")
        long into;

        @Override
        Ticket act(Actor actor) {
            return tickets.merge(actor, id, version(), into, text());
        }
    }

    @Command(scope = "esip", name = "ticket-link", description = "关联两张工单 Link two tickets")
    @Service
    public static class Link extends Step {
        @Option(name = "--with", required = true, description = "另一工单 ID The other ticket")
        long other;

        @Override
        Ticket act(Actor actor) {
            return tickets.link(actor, id, other, text());
        }
    }

    @Command(scope = "esip", name = "ticket-suggest", description = "推荐承办机构与专家 Rank organisations and experts for a ticket")
    @Service
    public static class Suggest extends ConsoleCommand {
        @Reference
        TicketService tickets;

        @Completion(Completers.TicketIds.class)
        @Argument(index = 0, name = "id", required = true, description = "工单 ID Ticket id")
        long id;

        @Option(name = "-n", aliases = "--limit", description = "条数 How many")
        int limit = 10;

        @Override
        public Object execute() {
            ConsoleTable table = new ConsoleTable();
            table.column("类型 Kind");
            table.column("ID");
            table.column("名称 Name");
            table.column("得分 Score");
            table.column("在办 Open");
            table.column("依据 Why").maxSize(100);
            for (DispatchSuggestion s : tickets.suggestAssignees(id, limit)) {
                table.row(s.kind(), s.id(), s.name(), s.score(), s.openLoad(), String.join("；", s.reasons()));
            }
            printTable(table, null);
            return null;
        }
    }
}
