package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Page;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffService;

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

        @Override
        public Object execute() {
            Page<StaffMember> result = staff.search(new StaffQuery(text, null, point, null, null, "name"),
                    pageRequest());
            ShellTable table = new ShellTable();
            table.column("ID");
            table.column("姓名 Name");
            table.column("岗位 Post");
            table.column("专职 Full-time");
            table.column("网点 Points");
            table.column("培训 Trainings");
            for (StaffMember m : result.items()) {
                table.addRow().addContent(m.id(), m.name(), m.post(), m.fullTime() ? "是 yes" : "否 no",
                        m.servicePointIds(), m.training().size());
            }
            table.print(System.out);
            System.out.println(Footer.of(result));
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

        @Override
        public Object execute() {
            Page<ServicePoint> result = points.search(null, kind, region, Boolean.TRUE, "code", pageRequest());
            ShellTable table = new ShellTable();
            table.column("ID");
            table.column("代码 Code");
            table.column("名称 Name");
            table.column("类型 Kind");
            table.column("区划 Region");
            table.column("乡镇街道 Township");
            for (ServicePoint p : result.items()) {
                table.addRow().addContent(p.id(), p.code(), p.name(), p.kind(), p.regionCode(),
                        p.township() == null ? "" : p.township());
            }
            table.print(System.out);
            System.out.println(Footer.of(result));
            return null;
        }
    }
}
