package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Option;
import org.esip.core.api.PageRequest;

/** A list command's paging options, the same on every list. */
public abstract class PagedCommand extends TableCommand {

    @Option(name = "-p", aliases = "--page", description = "页码（从 0 开始） Page, from 0")
    int page = 0;

    @Option(name = "-s", aliases = "--size", description = "每页条数 Page size")
    int size = PageRequest.DEFAULT_SIZE;

    @Option(name = "--exact-total", description = "逐条计数总数（长列表默认只数到 10000） Count the exact total (a long list is counted up to 10,000)")
    boolean exactTotal;

    PageRequest pageRequest() {
        return new PageRequest(page, size, null, exactTotal);
    }
}
