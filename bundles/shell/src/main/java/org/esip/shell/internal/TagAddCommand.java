package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.registry.api.TagCategory;
import org.esip.registry.api.TagDefinition;
import org.esip.registry.api.TagService;

@Command(scope = "esip", name = "tag-add", description = "在标签词表中新增标签 Add a tag to the vocabulary")
@Service
public class TagAddCommand extends ConsoleCommand {

    @Reference
    TagService tags;

    @Argument(index = 0, name = "code", required = true, description = "标签 Tag, e.g. 智能电气")
    String code;

    @Argument(index = 1, name = "nameZh", required = true, description = "中文名 Chinese name")
    String nameZh;

    @Argument(index = 2, name = "nameEn", required = true, description = "英文名 English name")
    String nameEn;

    @Argument(index = 3, name = "category", required = true, description = "类别 Category: INDUSTRY_CHAIN QUALIFICATION SCALE INNOVATION REGION DEMAND OTHER")
    TagCategory category;

    @Override
    public Object execute() {
        TagDefinition t = tags.define(Operator.current(), new TagDefinition(code, nameZh, nameEn, category, false, 0L));
        out().println("已新增标签 Added tag " + t.code() + " (" + t.category() + ")");
        return null;
    }
}
