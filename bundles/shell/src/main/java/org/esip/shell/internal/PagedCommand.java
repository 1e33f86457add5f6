package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Option;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;

/** A list command's paging and output options, the same on every list. */
public abstract class PagedCommand extends ConsoleCommand {

    @Option(name = "-p", aliases = "--page", description = "页码（从 0 开始） Page, from 0")
    int page = 0;

    @Option(name = "-s", aliases = "--size", description = "每页条数 Page size")
    int size = PageRequest.DEFAULT_SIZE;

    @Option(name = "--csv", description = "以 CSV 输出（无页脚） Print CSV (RFC 4180), no footer")
    boolean csv;

    PageRequest pageRequest() {
        return new PageRequest(page, size);
    }

    /** Prints the table (aligned, or CSV with {@code --csv}) and, unless CSV, which page it is. */
    void print(ConsoleTable table, Page<?> result) {
        table.print(out(), csv);
        if (!csv && result != null) {
            out().println(Footer.of(result));
        }
    }
}
