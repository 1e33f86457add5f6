package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.platform.api.PlatformService;
import org.esip.platform.api.PlatformStatus;

@Command(scope = "esip", name = "status", description = "平台状态 Platform status: identity, version, database, service lines")
@Service
public class StatusCommand implements Action {

    @Reference
    PlatformService platform;

    @Reference
    ServiceLineRegistry lines;

    @Override
    public Object execute() {
        PlatformStatus s = platform.status();
        ShellTable table = new ShellTable();
        table.column("项目 Item");
        table.column("值 Value");
        table.addRow().addContent("平台 Platform", s.platform().displayName() + " (" + s.platform().displayNameEn() + ")");
        table.addRow().addContent("区划 Region", s.platform().regionCode() + " " + s.platform().regionName());
        table.addRow().addContent("状态 Status", s.status());
        table.addRow().addContent("版本 Version", s.version());
        table.addRow().addContent("数据库 Database", s.databaseProduct() + " " + s.databaseVersion());
        table.addRow().addContent("核心接口 Core API", lines.coreApiVersion());
        for (org.esip.platform.api.DiskSpace d : s.disks()) {
            table.addRow().addContent("磁盘 Disk " + d.name(), d.freeMb() + " MB 可用 free (最少 minimum " + d.minimumMb()
                    + " MB)" + (d.low() ? " 空间不足 LOW" : "") + " " + d.path());
        }
        table.addRow().addContent("服务专线 Service lines", s.serviceLines().size());
        for (ServiceLineInfo line : s.serviceLines()) {
            table.addRow().addContent("  " + line.id(), line.nameZh() + " " + line.nameEn() + " " + line.version()
                    + " (" + line.catalogue().size() + " 项 items, " + line.ticketCategories().size() + " 类 categories, "
                    + line.indicators().size() + " 指标 indicators)");
        }
        for (RefusedServiceLine refused : lines.refused()) {
            table.addRow().addContent("  " + refused.id() + " 未启用 REFUSED", refused.bundle() + " " + refused.coreApiRange()
                    + ": " + String.join("；", refused.reasonsZh()) + " / " + String.join("; ", refused.reasonsEn()));
        }
        table.print(System.out);
        return null;
    }
}
