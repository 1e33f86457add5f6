package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Core schema version 23 (issue 16, figures at a million tickets): the day each deadline stage of a ticket ended,
 * kept on the ticket so that the figures count the stages on time in the database rather than reading every
 * ticket's timeline, filled here from the timeline of the tickets already there. No index: the figures read the
 * tickets by CREATED_AT (V1), ENTERPRISE_ID (V1) and the assignee (V9), the county by REGION_CODE (V4), and no longer
 * read the timeline. A Java migration because the day is taken in Asia/Shanghai from a TIMESTAMP written in the
 * platform's own time zone, which neither database can convert the same way.
 */
// named as Flyway takes a version and description from a Java migration's name
public class V23__stage_days extends BaseJavaMigration {
    /**
     * The time zone of the platform's days (the ticketing's {@code TicketDeadlines.ZONE}), written here again: a
     * migration is frozen as it was released and never follows the code that changes after it.
     */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The timeline action that ends a stage, and the ticket column keeping the day of its last one. */
    private static final Map<String, String> COLUMNS = Map.of("accept", "ACCEPTED_ON", "reject", "REJECTED_ON",
            "sign", "SIGNED_ON", "resolve", "RESOLVED_ON");
    private static final int BATCH = 1000;
    static final String[] DDL = {
        "ALTER TABLE TICKET ADD COLUMN ACCEPTED_ON DATE",
        "ALTER TABLE TICKET ADD COLUMN REJECTED_ON DATE",
        "ALTER TABLE TICKET ADD COLUMN SIGNED_ON DATE",
        "ALTER TABLE TICKET ADD COLUMN RESOLVED_ON DATE",
        "ALTER TABLE TICKET ADD COLUMN CORRECTED_ON DATE",
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        fill(c);
    }

    /**
     * Sets every ticket's stage days from its timeline and correction time, on {@code c} and in its transaction;
     * reads the timeline as a stream and writes in batches, so memory does not grow with the number of tickets.
     *
     * @return how many ticket columns were set
     */
    public static long fill(Connection c) throws SQLException {
        long set = 0;
        for (Map.Entry<String, String> e : COLUMNS.entrySet()) {
            set += fill(c, "SELECT TICKET_ID, MAX(OCCURRED_AT) FROM TICKET_EVENT WHERE ACTION_CODE = '" + e.getKey()
                    + "' GROUP BY TICKET_ID", e.getValue());
        }
        return set + fill(c, "SELECT ID, CORRECTED_AT FROM TICKET WHERE CORRECTED_AT IS NOT NULL", "CORRECTED_ON");
    }

    private static long fill(Connection c, String select, String column) throws SQLException {
        long set = 0;
        try (Statement read = c.createStatement();
                PreparedStatement write = c.prepareStatement("UPDATE TICKET SET " + column + " = ? WHERE ID = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery(select)) {
                while (rs.next()) {
                    // as InstantConverter reads a TIMESTAMP
                    write.setDate(1, Date.valueOf(rs.getTimestamp(2).toInstant().atZone(ZONE).toLocalDate()));
                    write.setLong(2, rs.getLong(1));
                    write.addBatch();
                    if (++set % BATCH == 0) {
                        write.executeBatch();
                    }
                }
            }
            write.executeBatch();
        }
        return set;
    }
}
