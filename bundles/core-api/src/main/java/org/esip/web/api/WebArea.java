package org.esip.web.api;

/** The parts of the web front a line can add an entry to. */
public enum WebArea {
    /** The enterprise portal {@code /portal/}. */
    PORTAL,
    /** The staff, organisation and expert workbench {@code /workbench/}. */
    WORKBENCH,
    /** The leaders' dashboards {@code /dashboard/} (a widget). */
    DASHBOARD
}
