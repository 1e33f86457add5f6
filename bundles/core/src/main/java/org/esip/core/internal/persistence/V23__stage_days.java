package org.esip.core.internal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.esip.ticketing.internal.StageDays;
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
        StageDays.fill(c);
    }
}
