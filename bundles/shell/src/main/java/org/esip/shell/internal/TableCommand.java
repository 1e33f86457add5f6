package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Option;

/** A command that lists rows: aligned for a terminal, or CSV with {@code --csv}. */
public abstract class TableCommand extends ConsoleCommand {

    @Option(name = "--csv", description = "以 CSV 输出（无页脚） Print CSV (RFC 4180), no footer")
    boolean csv;

    @Override
    boolean csv() {
        return csv;
    }
}
