package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.TagService;

@Command(scope = "esip", name = "tag-list", description = "列出标签词表 List the tag vocabulary")
@Service
public class TagListCommand extends TableCommand {

    @Reference
    TagService tags;

    @Option(name = "-c", aliases = "--category", description = "类别 Category")
    TagCategory category;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("标签 Tag");
        table.column("中文名 Name");
        table.column("English");
        table.column("类别 Category");
        for (TagDefinition t : tags.list(category, true)) {
            table.row(t.code(), t.nameZh(), t.nameEn(), t.category() + (Boolean.TRUE.equals(t.retired()) ? " (停用 retired)" : ""));
        }
        printTable(table, null);
        return null;
    }
}
