package ${package}.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code esip:${lineId}-items}: the line's own console command. Karaf finds it through the bundle's
 * {@code Karaf-Commands} header (see pom.xml); it comes and goes with the bundle. Scope {@code esip}
 * keeps it under the platform's console ACL (administrators only).
 */
@Command(scope = "esip", name = "${lineId}-items", description = "${lineNameZh}的服务目录及浏览次数 ${lineNameEn}: catalogue with views")
@Service
public class ItemsCommand implements Action {

    @Reference
    LineCatalogue catalogue;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("代码 Code");
        table.column("名称 Name");
        table.column("浏览 Views");
        for (LineCatalogue.ItemViews i : catalogue.items()) {
            table.addRow().addContent(i.item().code(), i.item().nameZh() + " " + i.item().nameEn(), i.views());
        }
        table.print(System.out);
        return null;
    }
}
