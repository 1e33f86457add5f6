package org.esip.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

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
}
