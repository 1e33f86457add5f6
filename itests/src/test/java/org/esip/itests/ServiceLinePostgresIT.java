package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * A service line's own schema on PostgreSQL (clause 5.3, C4): the sample line's migration creates its
 * table and its own history table through {@code LineDatabase}; both, and the tickets of its category,
 * stay when the line is uninstalled, and its data is back when it is installed again. ({@link ServiceLineIT}
 * proves the same on Derby.) Its own database, {@code <esip.itest.pg.database>_lines}, created afresh;
 * PostgreSQL is required, the suite fails when it cannot be reached.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ServiceLinePostgresIT extends EsipTestSupport {
    private static final String DATABASE = PostgresDatabase.PREFIX + "_lines";

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    @Configuration
    public Option[] config() {
        PostgresDatabase.createAfresh(DATABASE);
        return distribution(replaceConfigurationFile("etc/org.ops4j.datasource-esip.cfg",
                PostgresDatabase.datasource("org.ops4j.datasource-esip-lines.cfg", DATABASE)),
                // a node looks at other nodes' line changes every second here (30 s as shipped)
                editConfigurationFilePut("etc/org.esip.lines.cfg", "syncSeconds", "1"));
    }

    @Test
    public void aServiceLinesOwnTablesAndCategorisedTicketsStayWhenItIsUninstalled_5_3() throws Exception {
        HttpResponse<String> health = awaitStatus("/health", 200);
        assertEquals("PostgreSQL", Json.string(health.body(), "databaseProduct"));
        String code = "91330304MA2D0P0L1" + PlatformIT.checkCharacter("91330304MA2D0P0L1");
        long e = Json.number(post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"瓯海专线持久化测试有限公司\",\"regionCode\":\"330304\"}").body(), "id");
        await("the features service knows esip-line-sample", () -> console("feature:list").contains("esip-line-sample"));
        console("feature:install esip-line-sample");
        try {
            awaitStatus("/lines/sample/catalogue", 200);
            long views = Json.number(get("/lines/sample/catalogue/sample-visit", null).body(), "views");
            HttpResponse<String> ticket = post("/tickets", "{\"enterpriseId\":" + e + ",\"channel\":\"PHONE\","
                    + "\"title\":\"上门服务申请\",\"description\":\"请安排上门\",\"category\":\"sample.visit\"}");
            assertEquals(ticket.body(), 201, ticket.statusCode());
            long t = Json.number(ticket.body(), "id");

            console("feature:uninstall esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 404);
            // The line's own migration made its table and its own history table, and both stay.
            try (Connection c = dataSource.getConnection()) {
                Set<String> tables = new HashSet<>();
                try (ResultSet r = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (r.next()) {
                        tables.add(r.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
                    }
                }
                assertTrue(tables.toString(), tables.contains("ESIP_LINE_SAMPLE_SCHEMA_HISTORY"));
                assertTrue(tables.toString(), tables.contains("SAMPLE_CATALOGUE_VIEW"));
                try (Statement st = c.createStatement();
                        ResultSet r = st.executeQuery("SELECT VIEWS FROM SAMPLE_CATALOGUE_VIEW WHERE ITEM_CODE = 'sample-visit'")) {
                    assertTrue(r.next());
                    assertEquals(views, r.getLong(1));
                }
            }
            assertEquals("sample.visit", Json.string(get("/tickets/" + t).body(), "category"));

            console("feature:install esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 200);
            assertEquals(views + 1, Json.number(get("/lines/sample/catalogue/sample-visit", null).body(), "views"));
        } finally {
            console("feature:uninstall esip-line-sample");
        }
    }

    /**
     * Several nodes on one PostgreSQL run the same lines (clause 5.1.3; issue 13): this node records its own install
     * in the platform's line mix, and applies what another node records — here written straight into the table as
     * a second node sharing the database would.
     */
    @Test
    public void aLineInstalledOrUninstalledOnAnotherNodeFollowsHere_5_1_3() throws Exception {
        awaitStatus("/health", 200);
        await("the features service knows esip-line-sample", () -> console("feature:list").contains("esip-line-sample"));
        console("feature:install esip-line-sample");
        try {
            awaitStatus("/lines/sample/catalogue", 200);
            await("this node recorded its install", () -> "1".equals(lineMix("sample", "INSTALLED")));
            String me = lineMix("sample", "CHANGED_BY");

            // Another node uninstalls the line: it goes here too, and the record stays the other node's.
            changeOnAnotherNode("sample", 0);
            awaitStatus("/lines/sample/catalogue", 404);
            assertEquals("node-b-itest", lineMix("sample", "CHANGED_BY"));

            // Another node installs it again: it comes back here.
            changeOnAnotherNode("sample", 1);
            awaitStatus("/lines/sample/catalogue", 200);
            assertTrue(console("feature:list -i").contains("esip-line-sample"));

            // This node's own uninstall is recorded as this node's.
            console("feature:uninstall esip-line-sample");
            awaitStatus("/lines/sample/catalogue", 404);
            await("this node recorded its uninstall", () -> "0".equals(lineMix("sample", "INSTALLED")));
            assertEquals(me, lineMix("sample", "CHANGED_BY"));
        } finally {
            if (console("feature:list -i").contains("esip-line-sample")) {
                console("feature:uninstall esip-line-sample");
            }
        }
    }

    private String lineMix(String lineId, String column) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT " + column + " FROM LINE_MIX WHERE LINE_ID = ?")) {
            st.setString(1, lineId);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void changeOnAnotherNode(String lineId, int installed) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "UPDATE LINE_MIX SET INSTALLED = ?, CHANGED_AT = CURRENT_TIMESTAMP, CHANGED_BY = 'node-b-itest' WHERE LINE_ID = ?")) {
            st.setInt(1, installed);
            st.setString(2, lineId);
            assertEquals(1, st.executeUpdate());
        }
    }
}
