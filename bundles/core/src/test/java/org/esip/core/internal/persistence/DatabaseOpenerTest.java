package org.esip.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Test;

/**
 * A database that cannot be opened or migrated when the platform starts is named in one line and tried again; the
 * {@link Database} service appears only once the schema is migrated (an operator's misconfigured datasource must not
 * end in a cascade of stack traces and a boot that needs a restart).
 */
public class DatabaseOpenerTest {
    private final String name = "memory:esip-opener-" + UUID.randomUUID();
    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final List<Database> published = new ArrayList<>();

    public DatabaseOpenerTest() {
        dataSource.setDatabaseName(name);
    }

    @After
    public void drop() {
        EmbeddedDataSource drop = new EmbeddedDataSource();
        drop.setDatabaseName(name);
        drop.setConnectionAttributes("drop=true");
        try (Connection ignored = drop.getConnection()) {
            // dropping answers with an exception, never a connection
        } catch (SQLException expected) {
            // the in-memory database is gone, or was never made
        }
    }

    @Test
    public void aDatabaseThatDoesNotExistIsNamedAndOpensOnceItDoes() {
        DatabaseOpener opener = new DatabaseOpener(dataSource, published::add);

        assertFalse(opener.tryOpen());
        assertTrue(published.isEmpty());
        String problem = opener.problem();
        assertTrue(problem, problem.startsWith("esip cannot open its database ("));
        assertTrue("names the database: " + problem, problem.contains(name));
        assertTrue("says where to look: " + problem, problem.contains("etc/org.ops4j.datasource-esip.cfg"));
        assertFalse("one line: " + problem, problem.contains("\n"));

        dataSource.setCreateDatabase("create"); // the operator creates the database
        assertTrue(opener.tryOpen());
        assertNull(opener.problem());
        assertEquals(1, published.size());
        assertTrue(published.get(0).isReachable());

        assertTrue("an open database is not migrated or published again", opener.tryOpen());
        assertEquals(1, published.size());
    }

    @Test
    public void aSchemaThatCannotBeMigratedIsNamedAndNothingIsPublished() throws SQLException {
        dataSource.setCreateDatabase("create");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE STRANGER (ID INT)"); // a schema that is not the platform's, without its history
        }
        DatabaseOpener opener = new DatabaseOpener(dataSource, published::add);

        assertFalse(opener.tryOpen());
        assertTrue(published.isEmpty());
        String problem = opener.problem();
        assertTrue(problem, problem.startsWith("esip cannot migrate its database's schema ("));
        assertFalse("one line: " + problem, problem.contains("\n"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertTrue("what was there is kept", s.execute("SELECT COUNT(*) FROM STRANGER"));
            s.execute("DROP TABLE STRANGER");
        }

        assertTrue(opener.tryOpen());
        assertEquals(1, published.size());
    }

    @Test
    public void aClosedOpenerTriesNoMore() {
        DatabaseOpener opener = new DatabaseOpener(dataSource, published::add);
        opener.close();
        dataSource.setCreateDatabase("create");

        assertFalse(opener.tryOpen());
        assertTrue(published.isEmpty());
    }
}
