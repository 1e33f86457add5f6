package org.esip.line.volunteer.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.line.volunteer.api.Activity;
import org.esip.line.volunteer.api.ActivityService;
import org.esip.line.volunteer.api.AnnualFigures;
import org.esip.line.volunteer.api.RecordService;
import org.esip.line.volunteer.api.Volunteer;
import org.esip.line.volunteer.api.VolunteerRegistry;

/** The volunteer line on the console (administrators, by the console's ACL): installed and removed with the line. */
public final class VolunteerCommands {
    private VolunteerCommands() {
    }

    static Actor operator() {
        return new Actor("console:volunteer", Set.of(Role.ADMIN), null, null, null);
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break. */
    static String csv(Object value) {
        String s = value == null ? "" : value.toString();
        return s.matches("(?s).*[\",\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static void print(PrintStream out, boolean asCsv, ShellTable table, List<String> header, List<List<Object>> rows) {
        if (asCsv) {
            out.println(String.join(",", header));
            for (List<Object> r : rows) {
                out.println(String.join(",", r.stream().map(VolunteerCommands::csv).toList()));
            }
            return;
        }
        header.forEach(table::column);
        rows.forEach(r -> table.addRow().addContent(r.toArray()));
        table.print(out);
    }

    @Command(scope = "esip", name = "volunteer-list", description = "列出志愿者 List volunteers")
    @Service
    public static class ListVolunteers implements Action {
        @Reference
        VolunteerRegistry registry;
        @Reference
        Session session;

        @Option(name = "-q", aliases = "--text", description = "姓名、电话或技能包含 Name, phone or skill contains")
        String text;

        @Option(name = "--csv", description = "以 CSV 输出 Print as CSV")
        boolean asCsv;

        @Override
        public Object execute() {
            List<Volunteer> all = registry.list(operator(), null, null, text);
            print(session.getConsole(), asCsv, new ShellTable(), List.of("ID", "姓名 Name", "电话 Phone",
                    "机构 Organisation", "专家 Expert", "技能 Skills", "区划 Region", "服务队 Teams"),
                    all.stream().map(v -> List.<Object>of(v.id(), v.name(), v.phone(),
                            v.organisationId() == null ? "" : v.organisationId(), v.expertId() == null ? "" : v.expertId(),
                            String.join("；", v.skills()), v.regionCode(), v.teamIds().toString())).toList());
            session.getConsole().println("共 " + all.size() + " 名志愿者 volunteers");
            return null;
        }
    }

    @Command(scope = "esip", name = "volunteer-activities", description = "列出助企公益活动 List public-benefit activities")
    @Service
    public static class ListActivities implements Action {
        @Reference
        ActivityService activities;
        @Reference
        Session session;

        @Option(name = "-y", aliases = "--year", description = "开始年份 Year it starts in")
        Integer year;

        @Option(name = "--csv", description = "以 CSV 输出 Print as CSV")
        boolean asCsv;

        @Override
        public Object execute() {
            List<Activity> all = activities.list(operator(), null, year);
            print(session.getConsole(), asCsv, new ShellTable(), List.of("ID", "主题 Theme", "方式 Mode", "开始 Starts",
                    "时长(小时) Hours", "机构 Organisation", "岗位 Roles (taken/slots)"),
                    all.stream().map(a -> List.<Object>of(a.id(), a.theme(), a.mode(), a.startsAt(), a.lengthHours(),
                            a.organisationId(), String.join("；", a.roles().stream().map(r -> r.name() + " " + r.taken()
                                    + "/" + r.slots()).toList()))).toList());
            session.getConsole().println("共 " + all.size() + " 场活动 activities");
            return null;
        }
    }

    @Command(scope = "esip", name = "volunteer-stats", description = "志愿服务年度统计 Annual volunteer service figures")
    @Service
    public static class Statistics implements Action {
        @Reference
        RecordService records;
        @Reference
        Session session;

        @Option(name = "-b", aliases = "--by", description = "volunteer | team | organisation")
        String by = "volunteer";

        @Option(name = "-y", aliases = "--year", description = "年份 Year (default: this year)")
        Integer year;

        @Option(name = "--csv", description = "以 CSV 输出 Print as CSV")
        boolean asCsv;

        @Override
        public Object execute() {
            int y = year == null ? LocalDate.now(VolunteerRules.ZONE).getYear() : year;
            List<AnnualFigures> figures = records.statistics(operator(), by, y);
            print(session.getConsole(), asCsv, new ShellTable(), List.of("ID", "名称 Name", "年度 Year", "时长 Hours",
                    "活动 Activities", "服务企业 Enterprises", "记录 Records"),
                    figures.stream().map(f -> List.<Object>of(f.id(), f.name(), f.year(), f.hours(), f.activities(),
                            f.enterprises(), f.records())).toList());
            return null;
        }
    }
}
