package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Option;
import org.esip.core.api.PageRequest;

/** A list command's paging options, the same on every list. */
public abstract class PagedCommand extends TableCommand {

    @Option(name = "-p", aliases = "--page", description = "页码（从 0 开始） Page, from 0")
    int page = 0;

    @Option(name = "-s", aliases = "--size", description = "每页条数 Page size")
    int size = PageRequest.DEFAULT_SIZE;

    PageRequest pageRequest() {
        return new PageRequest(page, size);
    }
}
