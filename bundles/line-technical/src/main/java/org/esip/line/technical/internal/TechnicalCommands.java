package org.esip.line.technical.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.technical.api.Instrument;
import org.esip.line.technical.api.Offer;
import org.esip.line.technical.api.Project;
import org.esip.line.technical.api.ProjectMatch;
import org.esip.line.technical.api.ServiceRequest;
import org.esip.line.technical.api.SlotBooking;

/** The technical line on the console ({@code esip:technical-…}): installed and removed with the line. */
public final class TechnicalCommands {
    private TechnicalCommands() {
    }

    /** Console operators are administrators (the console's ACL already demanded it). */
    static Actor operator() {
        return new Actor("console:technical", Set.of(Role.ADMIN), null, null, null);
    }

    /** Prints rows as a table, or as CSV (RFC 4180 quoting) with {@code --csv}. */
    static <T> void print(boolean csv, List<String> headers, List<T> rows, Function<T, List<Object>> cells) {
        if (csv) {
            System.out.println(String.join(",", headers.stream().map(h -> h.split(" ")[h.split(" ").length - 1]
                    .toLowerCase(Locale.ROOT)).toList()));
            for (T row : rows) {
                System.out.println(String.join(",", cells.apply(row).stream().map(TechnicalCommands::csvCell).toList()));
            }
            return;
        }
        ShellTable table = new ShellTable();
        headers.forEach(h -> table.column(h).maxSize(40));
        for (T row : rows) {
            table.addRow().addContent(cells.apply(row).stream().map(c -> c == null ? "" : c).toArray());
        }
        table.print(System.out);
    }

    private static String csvCell(Object value) {
        String s = value == null ? "" : value.toString();
        // A cell a spreadsheet would run as a formula is written as text.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Command(scope = "esip", name = "technical-offers", description = "列出技术服务项目 List technical service offers")
    @Service
    public static class ListOffers implements Action {
        @Reference
        Offers offers;
        @Option(name = "-q", aliases = "--text", description = "名称或范围包含 Title or scope contains")
        String text;
        @Option(name = "-d", aliases = "--domain", description = "领域 Domain, e.g. INSPECTION_TESTING or 检验检测")
        String domain;
        @Option(name = "--csv", description = "CSV 输出 Print CSV")
        boolean csv;
        @Option(name = "-s", aliases = "--size", description = "条数 How many")
        int size = 50;

        @Override
        public Object execute() {
            Page<Offer> found = offers.search(text, Offers.domain(domain), null, false, new PageRequest(0, size));
            print(csv, List.of("ID id", "领域 domain", "名称 title", "机构 organisation", "价格 price", "周期 days",
                    "可预约 bookable"), found.items(), o -> List.of(o.id(), o.domainNameZh(), o.title(),
                            o.organisationName(), o.priceMin() == null ? "" : o.priceMin() + (o.priceMax() == null ? ""
                                    : "-" + o.priceMax()), o.durationDays(), o.bookable() ? "是 yes" : "否 no " + o.notBookableZh()));
            if (!csv) {
                System.out.println("共 " + found.total() + " 条 total");
            }
            return null;
        }
    }

    @Command(scope = "esip", name = "technical-instruments", description = "列出共享仪器设备 List shared instruments")
    @Service
    public static class ListInstruments implements Action {
        @Reference
        Instruments instruments;
        @Option(name = "-q", aliases = "--text", description = "名称、型号或地点包含 Name, model or location contains")
        String text;
        @Option(name = "--csv", description = "CSV 输出 Print CSV")
        boolean csv;

        @Override
        public Object execute() {
            Page<Instrument> found = instruments.search(text, null, null, new PageRequest(0, 100));
            print(csv, List.of("ID id", "名称 name", "型号 model", "机构 organisation", "地点 location", "元/小时 hourly"),
                    found.items(), i -> List.of(i.id(), i.name(), i.model(), i.organisationName(), i.location(),
                            i.hourlyPrice()));
            return null;
        }
    }

    @Command(scope = "esip", name = "technical-calendar", description = "仪器预约日历 An instrument's booking calendar")
    @Service
    public static class Calendar implements Action {
        @Reference
        Instruments instruments;
        @Argument(index = 0, name = "instrumentId", required = true, description = "仪器编号 Instrument id")
        long instrumentId;
        @Option(name = "--days", description = "往后天数 Days ahead")
        int days = 30;

        @Override
        public Object execute() {
            List<SlotBooking> slots = instruments.calendar(operator(), instrumentId, Instant.now().minusSeconds(86400),
                    Instant.now().plusSeconds(86400L * days));
            print(false, List.of("ID id", "开始 starts", "结束 ends", "企业 enterprise", "状态 status", "机时 hours",
                    "使用人 used by"), slots, s -> List.of(s.id(), s.startsAt().atZone(Technical.ZONE).toLocalDateTime(),
                            s.endsAt().atZone(Technical.ZONE).toLocalDateTime(), s.enterpriseId(), s.status(),
                            s.usedHours(), s.usedBy()));
            return null;
        }
    }

    @Command(scope = "esip", name = "technical-projects", description = "列出项目库 List the project library")
    @Service
    public static class ListProjects implements Action {
        @Reference
        Projects projects;
        @Option(name = "-q", aliases = "--text", description = "名称、简介或发布方包含 Title, summary or poster contains")
        String text;
        @Option(name = "--csv", description = "CSV 输出 Print CSV")
        boolean csv;

        @Override
        public Object execute() {
            Page<Project> found = projects.search(text, null, null, null, new PageRequest(0, 100));
            print(csv, List.of("ID id", "名称 title", "类型 kind", "发布方 poster", "行业 industry", "成熟度 maturity",
                    "合作方式 cooperation", "标签 tags"), found.items(), p -> List.of(p.id(), p.title(), p.kind(),
                            p.posterName(), p.industryCode(), p.maturity(), p.cooperation(), String.join("|", p.tags())));
            return null;
        }
    }

    @Command(scope = "esip", name = "technical-matches", description = "企业匹配的项目及理由 Projects matched to an enterprise, with reasons")
    @Service
    public static class Matches implements Action {
        @Reference
        Projects projects;
        @Argument(index = 0, name = "enterpriseId", required = true, description = "企业编号 Enterprise id")
        long enterpriseId;

        @Override
        public Object execute() {
            List<ProjectMatch> found = projects.matches(operator(), enterpriseId, 20);
            print(false, List.of("ID id", "名称 title", "得分 score", "理由 reasons"), found, m -> List.of(
                    m.project().id(), m.project().title(), m.score(), String.join("；", m.reasonsZh())));
            return null;
        }
    }

    @Command(scope = "esip", name = "technical-requests", description = "列出预约与专家咨询及其工单 List bookings and consultations with their tickets")
    @Service
    public static class ListRequests implements Action {
        @Reference
        Requests requests;
        @Option(name = "--csv", description = "CSV 输出 Print CSV")
        boolean csv;
        @Option(name = "--reconcile", description = "先为缺工单的请求补交工单 First submit the tickets of requests without one")
        boolean reconcile;

        @Override
        public Object execute() {
            if (reconcile) {
                System.out.println("补交 reconciled: " + requests.reconcile());
            }
            Page<ServiceRequest> found = requests.list(operator(), null, null, new PageRequest(0, 100));
            print(csv, List.of("ID id", "类型 kind", "企业 enterprise", "标题 title", "工单 ticket", "提交 created"),
                    found.items(), r -> List.of(r.id(), r.kind(), r.enterpriseId(), r.title(),
                            r.ticketId() == null ? "" : r.ticketId(), r.createdAt()));
            if (!csv) {
                System.out.println("共 " + found.total() + " 条 total (" + Technical.BOOKING_CATEGORY + ", "
                        + Technical.CONSULT_CATEGORY + ")");
            }
            return null;
        }
    }
}
