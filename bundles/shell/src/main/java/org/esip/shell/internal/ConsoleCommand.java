package org.esip.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.esip.core.api.Page;

/**
 * Base of every esip command: output goes to the console of the session that ran the command (an SSH
 * client, {@code bin/client}, a piped script), not to the JVM's {@code System.out}.
 */
public abstract class ConsoleCommand implements Action {

    @Reference
    Session session;

    PrintStream out() {
        return session == null || session.getConsole() == null ? System.out : session.getConsole();
    }

    /** Whether tables print as CSV; lists say so with {@code --csv} ({@link TableCommand}). */
    boolean csv() {
        return false;
    }

    /** Prints the table and, unless CSV or {@code result} is null, which page it is. */
    void printTable(ConsoleTable table, Page<?> result) {
        table.print(out(), csv());
        if (!csv() && result != null) {
            out().println(Footer.of(result));
        }
    }
}
