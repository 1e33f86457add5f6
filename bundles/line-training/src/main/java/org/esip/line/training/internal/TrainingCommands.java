package org.esip.line.training.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.line.training.api.Registration;
import org.esip.line.training.api.TrainingFigures;
import org.esip.line.training.api.TrainingSession;
import org.esip.line.training.api.TrainingTopic;

/** The training line on the console (administrators, by the console's ACL): installed and removed with the line. */
public final class TrainingCommands {
    private TrainingCommands() {
    }

    /** A table, or its rows as CSV (quoted where needed) with {@code --csv}. */
    static void print(PrintStream out, boolean csv, List<String> header, List<List<Object>> rows) {
        if (csv) {
            out.println(String.join(",", header));
            for (List<Object> r : rows) {
                out.println(String.join(",", r.stream().map(v -> {
                    String s = v == null ? "" : v.toString();
                    return s.matches(".*[\",\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
                }).toList()));
            }
            return;
        }
        ShellTable table = new ShellTable();
        header.forEach(h -> table.column(h).maxSize(40));
        for (List<Object> r : rows) {
            table.addRow().addContent(r.stream().map(v -> v == null ? "" : v).toArray());
        }
        table.print(out);
    }

    @Command(scope = "esip", name = "training-sessions", description = "列出培训场次 List training sessions")
    @Service
    public static class Sessions implements Action {
        @Reference
        CourseCatalogue catalogue;

        @Reference
        Session session;

        @Option(name = "-t", aliases = "--topic", description = "主题 Topic, e.g. DIGITAL")
        TrainingTopic topic;

        @Option(name = "-r", aliases = "--region", description = "区划代码前缀 Region code prefix")
        String region;

        @Option(name = "--csv", description = "以 CSV 输出 Print CSV")
        boolean csv;

        @Override
        public Object execute() {
            Page<TrainingSession> found = catalogue.sessions(topic, region, null, null, null,
                    new PageRequest(0, PageRequest.MAX_SIZE));
            print(session.getConsole(), csv, List.of("ID", "课程 Course", "主题 Topic", "方式 Mode", "开始 Starts",
                    "主讲 Speaker", "名额 Capacity", "已报 Confirmed", "候补 Waiting", "状态 Status"),
                    found.items().stream().map(s -> List.<Object>of(s.id(), s.courseTitle(), s.topic().nameZh(), s.mode(),
                            Registrations.local(s.startsAt()), s.speakerName(), s.capacity(), s.confirmed(), s.waiting(),
                            s.status())).toList());
            if (!csv) {
                session.getConsole().println("共 " + found.total() + " 场 total");
            }
            return null;
        }
    }

    @Command(scope = "esip", name = "training-registrations", description = "列出某场次的报名 A session's registrations")
    @Service
    public static class Registered implements Action {
        @Reference
        Registrations registrations;

        @Reference
        Session session;

        @Argument(index = 0, name = "session", description = "场次 ID Session id", required = true)
        long sessionId;

        @Option(name = "--csv", description = "以 CSV 输出 Print CSV")
        boolean csv;

        @Override
        public Object execute() {
            List<Registration> list = registrations.list(sessionId, null, null);
            print(session.getConsole(), csv, List.of("ID", "企业 Enterprise", "学员 Attendee", "手机 Phone", "状态 Status",
                    "候补 Position", "签到 Checked in"), list.stream().map(r -> List.<Object>of(r.id(), r.enterpriseId(),
                    r.attendeeName(), r.attendeePhone(), r.status(), r.waitingPosition() == null ? "" : r.waitingPosition(),
                    r.checkedInAt() == null ? "" : Registrations.local(r.checkedInAt()) + " " + r.checkInMethod()))
                    .toList());
            return null;
        }
    }

    @Command(scope = "esip", name = "training-reminders", description = "发送明日开课提醒 Send reminders for sessions"
            + " starting tomorrow (each registration once)")
    @Service
    public static class Remind implements Action {
        @Reference
        Registrations registrations;

        @Reference
        CourseCatalogue catalogue;

        @Reference
        Session session;

        @Option(name = "-d", aliases = "--date", description = "开课日期 Day the sessions start (yyyy-MM-dd); default tomorrow")
        String date;

        @Override
        public Object execute() {
            LocalDate day = date == null ? LocalDate.ofInstant(catalogue.now(), Registrations.ZONE).plusDays(1)
                    : LocalDate.parse(date.strip());
            Registrations.ReminderRun run = registrations.sendReminders(day);
            session.getConsole().println(day + "：" + run.sessions() + " 个场次 sessions, 提醒 " + run.registrations()
                    + " 名学员 attendees reminded, " + run.notifications() + " 条通知 notifications");
            return null;
        }
    }

    @Command(scope = "esip", name = "training-statistics", description = "培训评价指标 Training indicators (5.2.3.4)")
    @Service
    public static class Statistics implements Action {
        @Reference
        Outcomes outcomes;

        @Reference
        Session session;

        @Option(name = "-t", aliases = "--topic", description = "主题 Topic")
        TrainingTopic topic;

        @Option(name = "-r", aliases = "--region", description = "区划代码前缀 Region code prefix")
        String region;

        @Override
        public Object execute() {
            Outcomes.Statistics s = outcomes.statistics(new Outcomes.Filter(topic, region, null, null, null));
            PrintStream out = session.getConsole();
            List<List<Object>> rows = new ArrayList<>();
            rows.add(row("合计 Total", s.total()));
            s.byTopic().forEach((k, v) -> rows.add(row(TrainingTopic.valueOf(k).nameZh() + " " + k, v)));
            s.byRegion().forEach((k, v) -> rows.add(row("地区 " + k, v)));
            print(out, false, List.of("范围 Scope", "场次 Held", "报名 Places", "参训人次 Attendances", "到课率 Rate %",
                    "满意率 Satisfied %", "效果 Effect"), rows);
            return null;
        }

        private static List<Object> row(String scope, TrainingFigures f) {
            return List.of(scope, f.sessionsHeld(), f.registrations(), f.attendances(),
                    f.attendanceRate() == null ? "-" : f.attendanceRate(), f.satisfaction() == null ? "-" : f.satisfaction(),
                    f.effect() == null ? "-" : f.effect());
        }
    }

    @Command(scope = "esip", name = "training-needs", description = "培训需求按主题和地区汇总 Training needs by topic and region")
    @Service
    public static class Needs implements Action {
        @Reference
        Outcomes outcomes;

        @Reference
        Session session;

        @Option(name = "--csv", description = "以 CSV 输出 Print CSV")
        boolean csv;

        @Override
        public Object execute() {
            List<List<Object>> rows = new ArrayList<>();
            for (Map.Entry<String, Map<String, Long>> t : outcomes.needSummary(null).entrySet()) {
                t.getValue().forEach((region, n) -> rows.add(List.of(TrainingTopic.valueOf(t.getKey()).nameZh(),
                        region, n)));
            }
            print(session.getConsole(), csv, List.of("主题 Topic", "地区 Region", "需求数 Needs"), rows);
            return null;
        }
    }

    @Command(scope = "esip", name = "training-reconcile", description = "为尚无工单的培训申请补交工单 Submit the"
            + " tickets of requests still without one")
    @Service
    public static class Reconcile implements Action {
        @Reference
        Requests requests;

        @Reference
        Session session;

        @Override
        public Object execute() {
            session.getConsole().println("补交 " + requests.reconcile() + " 件 submitted");
            return null;
        }
    }
}
