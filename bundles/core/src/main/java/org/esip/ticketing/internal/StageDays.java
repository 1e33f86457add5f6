package org.esip.ticketing.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The day a deadline stage ended, as the figures count it (clause 6.3.3): the day, in Asia/Shanghai, of the last
 * step that ends the stage. The steps keep it on the ticket ({@link TicketEntity#stepTaken}); {@link #fill} works it
 * out from the timeline for the tickets that were written before the columns existed.
 */
public final class StageDays {
    static final String ACCEPT = "accept";
    static final String REJECT = "reject";
    static final String SIGN = "sign";
    static final String RESOLVE = "resolve";

    /** The timeline action that ends a stage, and the ticket column keeping the day of its last one. */
    private static final Map<String, String> COLUMNS = Map.of(ACCEPT, "ACCEPTED_ON", REJECT, "REJECTED_ON", SIGN,
            "SIGNED_ON", RESOLVE, "RESOLVED_ON");
    private static final int BATCH = 1000;

    private StageDays() {
    }

    static LocalDate day(Instant at) {
        return at == null ? null : at.atZone(TicketDeadlines.ZONE).toLocalDate();
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
                    write.setDate(1, Date.valueOf(day(rs.getTimestamp(2).toInstant())));
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
