package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.line.api.RefusedServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.platform.api.DiskSpace;
import org.esip.platform.api.PlatformService;
import org.esip.platform.api.PlatformStatus;

@Command(scope = "esip", name = "status", description = "平台状态 Platform status: identity, version, database, service lines")
@Service
public class StatusCommand extends ConsoleCommand {

    @Reference
    PlatformService platform;

    @Reference
    ServiceLineRegistry lines;

    @Override
    public Object execute() {
        PlatformStatus s = platform.status();
        ConsoleTable table = new ConsoleTable();
        table.column("项目 Item");
        table.column("值 Value");
        table.row("平台 Platform", s.platform().displayName() + " (" + s.platform().displayNameEn() + ")");
        table.row("区划 Region", s.platform().regionCode() + " " + s.platform().regionName());
        table.row("状态 Status", s.status());
        table.row("版本 Version", s.version());
        table.row("数据库 Database", s.databaseProduct() + " " + s.databaseVersion());
        table.row("核心接口 Core API", lines.coreApiVersion());
        for (DiskSpace d : s.disks()) {
            table.row("磁盘 Disk " + d.name(), d.freeMb() + " MB 可用 free (最少 minimum " + d.minimumMb()
                    + " MB)" + (d.low() ? " 空间不足 LOW" : "") + " " + d.path());
        }
        table.row("服务专线 Service lines", s.serviceLines().size());
        for (ServiceLineInfo line : s.serviceLines()) {
            table.row("  " + line.id(), line.nameZh() + " " + line.nameEn() + " " + line.version()
                    + " (" + line.catalogue().size() + " 项 items, " + line.ticketCategories().size() + " 类 categories, "
                    + line.indicators().size() + " 指标 indicators)");
        }
        for (RefusedServiceLine refused : lines.refused()) {
            table.row("  " + refused.id() + " 未启用 REFUSED", refused.bundle() + " " + refused.coreApiRange()
                    + ": " + String.join("；", refused.reasonsZh()) + " / " + String.join("; ", refused.reasonsEn()));
        }
        printTable(table, null);
        return null;
    }
}
