package org.esip.shell.internal;

import java.util.List;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffPost;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffService;
import org.esip.provider.api.TrainingRecord;

/** Staff and service points on the console. */
public final class StaffCommands {
    private StaffCommands() {
    }

    @Command(scope = "esip", name = "staff-list", description = "列出工作人员 List staff")
    @Service
    public static class ListStaff extends PagedCommand {
        @Reference
        StaffService staff;

        @Option(name = "-q", aliases = "--text", description = "姓名包含 Name contains")
        String text;

        @Option(name = "--point", description = "服务网点 ID Service point id")
        Long point;

        @Option(name = "-p", aliases = "--post", description = "岗位 Post: DIRECTOR DEPUTY_DIRECTOR GENERAL_OFFICE "
                + "ENTERPRISE_SERVICE INFORMATION_TECH SERVICE_STAFF")
        StaffPost post;

        @Option(name = "--retired", description = "列出已离岗人员 List retired staff")
        boolean retired;

        @Override
        public Object execute() {
            Page<StaffMember> result = staff.search(new StaffQuery(text, post, point, null, !retired, "name"),
                    pageRequest());
            ConsoleTable table = new ConsoleTable();
            table.column("ID");
            table.column("姓名 Name");
            table.column("岗位 Post");
            table.column("专职 Full-time");
            table.column("网点 Points");
            table.column("培训 Trainings");
            for (StaffMember m : result.items()) {
                table.row(m.id(), m.name(), m.post(), m.fullTime() ? "是 yes" : "否 no",
                        m.servicePointIds(), m.training().size());
            }
            printTable(table, result);
            return null;
        }
    }

    @Command(scope = "esip", name = "point-list", description = "列出服务窗口与乡镇（街道）服务中心 List service points")
    @Service
    public static class ListPoints extends PagedCommand {
        @Reference
        ServicePointService points;

        @Option(name = "-r", aliases = "--region", description = "区划代码前缀 Region code prefix")
        String region;

        @Option(name = "-k", aliases = "--kind", description = "类型 Kind: PLATFORM_WINDOW TOWNSHIP_CENTRE")
        ServicePointKind kind;

        @Option(name = "-q", aliases = "--text", description = "名称、代码或乡镇街道包含 Name, code or township contains")
        String text;

        @Option(name = "--retired", description = "列出已撤销的网点 List retired points")
        boolean retired;

        @Override
        public Object execute() {
            Page<ServicePoint> result = points.search(text, kind, region, !retired, "code", pageRequest());
            ConsoleTable table = new ConsoleTable();
            table.column("ID");
            table.column("代码 Code");
            table.column("名称 Name");
            table.column("类型 Kind");
            table.column("区划 Region");
            table.column("乡镇街道 Township");
            for (ServicePoint p : result.items()) {
                table.row(p.id(), p.code(), p.name(), p.kind(), p.regionCode(),
                        p.township() == null ? "" : p.township());
            }
            printTable(table, result);
            return null;
        }
    }

    @Command(scope = "esip", name = "staff-show", description = "查看工作人员及其服务网点和培训记录 Show a staff member with service points and training")
    @Service
    public static class Show extends ConsoleCommand {
        @Reference
        StaffService staff;

        @Reference
        ServicePointService points;

        @Argument(index = 0, name = "id", required = true, description = "工作人员 ID Staff id")
        long id;

        @Override
        public Object execute() {
            StaffMember m = staff.get(id);
            out().println(m.name() + "  " + m.post().name() + "  " + (m.fullTime() ? "专职 full-time" : "兼职 part-time")
                    + "  " + (m.active() ? "在岗 active" : "已离岗 retired"));
            for (Long pointId : new TreeSet<>(m.servicePointIds())) {
                ServicePoint p = points.get(pointId);
                out().println("网点 Point: " + p.code() + "  " + p.name() + (p.active() ? "" : "  (已撤销 retired)"));
            }
            ConsoleTable table = new ConsoleTable();
            table.column("培训 Training");
            table.column("举办方 Provider");
            table.column("开始 Started");
            table.column("学时 Hours");
            table.column("证书 Certificate");
            for (TrainingRecord t : m.training()) {
                table.row(t.title(), blank(t.provider()), t.startedOn() == null ? "" : t.startedOn(),
                        t.hours() == null ? "" : t.hours().toPlainString(), blank(t.certificate()));
            }
            printTable(table, null);
            return null;
        }
    }

    @Command(scope = "esip", name = "staff-retire", description = "工作人员离岗（记录保留） Retire a staff member (the record stays)")
    @Service
    public static class Retire extends ConsoleCommand {
        @Reference
        StaffService staff;

        @Argument(index = 0, name = "id", required = true, description = "工作人员 ID Staff id")
        long id;

        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        public Object execute() {
            StaffMember m = staff.retire(Operator.current(), id, staff.get(id).version(), String.join(" ", reason));
            out().println("已离岗 Retired: " + m.name());
            return null;
        }
    }

    @Command(scope = "esip", name = "point-retire", description = "撤销服务网点（记录保留） Retire a service point (the record stays)")
    @Service
    public static class RetirePoint extends ConsoleCommand {
        @Reference
        ServicePointService points;

        @Argument(index = 0, name = "id", required = true, description = "服务网点 ID Service point id")
        long id;

        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        public Object execute() {
            ServicePoint p = points.retire(Operator.current(), id, points.get(id).version(), String.join(" ", reason));
            out().println("已撤销 Retired: " + p.code() + " " + p.name());
            return null;
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
