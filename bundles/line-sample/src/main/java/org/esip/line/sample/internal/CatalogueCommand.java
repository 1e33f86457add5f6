package org.esip.line.sample.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * {@code esip:sample-catalogue}: the line's own console command. Karaf finds it through the bundle's
 * {@code Karaf-Commands} header; it comes and goes with the bundle.
 */
@Command(scope = "esip", name = "sample-catalogue", description = "示例服务专线的服务目录及浏览次数 The sample line's catalogue with its views")
@Service
public class CatalogueCommand implements Action {

    @Reference
    SampleCatalogue catalogue;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("代码 Code");
        table.column("名称 Name");
        table.column("办理方式 Handling");
        table.column("浏览 Views");
        for (SampleCatalogue.ItemViews i : catalogue.items()) {
            table.addRow().addContent(i.item().code(), i.item().nameZh() + " " + i.item().nameEn(),
                    i.item().handling().nameZh() + " " + i.item().handling().nameEn(), i.views());
        }
        table.print(System.out);
        return null;
    }
}
