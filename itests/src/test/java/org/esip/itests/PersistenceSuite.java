package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;

/**
 * What is stored stays stored (clause 6.4.4): records written over REST survive a restart of the
 * core and REST bundles, and the schema is owned by versioned migrations. Run once per database.
 */
public abstract class PersistenceSuite extends EsipTestSupport {

    @Inject
    @Filter("(osgi.jndi.service.name=esip)")
    protected DataSource dataSource;

    /** The database product {@code GET /health} must report. */
    protected abstract String expectedDatabase();

    @Test
    public void recordsSurviveARestartOfTheCoreBundles_6_4_4() throws Exception {
        HttpResponse<String> health = awaitStatus("/health", 200);
        assertEquals(expectedDatabase(), Json.string(health.body(), "databaseProduct"));

        String code = "91330304MA2D0P0B1" + PlatformIT.checkCharacter("91330304MA2D0P0B1");
        HttpResponse<String> enterprise = post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"瓯海持久化测试有限公司\",\"regionCode\":\"330304\",\"industryCode\":\"C1952\","
                + "\"tags\":[\"出口\",\"专精特新\"]}");
        assertEquals(enterprise.body(), 201, enterprise.statusCode());
        long enterpriseId = Json.number(enterprise.body(), "id");
        HttpResponse<String> ticket = post("/tickets", "{\"enterpriseId\":" + enterpriseId
                + ",\"kind\":\"CONSULTATION\",\"channel\":\"PHONE\",\"title\":\"出口退税政策咨询\","
                + "\"description\":\"想了解今年出口退税的办理流程。\"}");
        assertEquals(ticket.body(), 201, ticket.statusCode());
        long ticketId = Json.number(ticket.body(), "id");

        restart("org.esip.core");
        restart("org.esip.rest");
        awaitStatus("/health", 200);

        HttpResponse<String> e = awaitStatus("/enterprises/" + enterpriseId, 200);
        assertEquals(code, Json.string(e.body(), "creditCode"));
        assertEquals("瓯海持久化测试有限公司", Json.string(e.body(), "name"));
        assertContains(e.body(), "专精特新");
        assertContains(e.body(), "出口");
        HttpResponse<String> t = get("/tickets/" + ticketId);
        assertEquals(200, t.statusCode());
        assertEquals("出口退税政策咨询", Json.string(t.body(), "title"));
        assertEquals(enterpriseId, Json.number(t.body(), "enterpriseId"));

        // The unique credit code is enforced by the database too, after the restart.
        assertEquals(409, post("/enterprises", "{\"creditCode\":\"" + code
                + "\",\"name\":\"again\",\"regionCode\":\"330304\"}").statusCode());
        assertContains(console("esip:ticket-list"), "出口退税政策咨询");
    }

    @Test
    public void accountsTokensAndTheAuditLogLiveInTheDatabase_4_4_2() throws Exception {
        awaitStatus("/health", 200);
        HttpResponse<String> created = post("/accounts",
                "{\"username\":\"staff-persist\",\"password\":\"Persist-2026\",\"roles\":[\"STAFF\"]}");
        assertEquals(created.body(), 201, created.statusCode());
        String token = token("staff-persist", "Persist-2026");

        restart("org.esip.core");
        restart("org.esip.rest");
        awaitStatus("/health", 200);
        // The signing key comes from the data key outside the database: a token outlives a restart.
        assertEquals(200, awaitStatus("/auth/me", 200).statusCode());
        assertContains(get("/auth/me", token).body(), "\"username\":\"staff-persist\"");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT PASSWORD_HASH FROM ACCOUNT WHERE USERNAME = 'staff-persist'")) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("pbkdf2-sha256$"));
            }
            try (ResultSet rs = s.executeQuery("SELECT ACTOR, ACTION_CODE FROM AUDIT_EVENT WHERE ENTITY_TYPE = 'account'"
                    + " AND CHANGES LIKE '%staff-persist%'")) {
                assertTrue("the account's creation is in the audit log", rs.next());
                assertEquals("admin", rs.getString(1));
                assertEquals("create", rs.getString(2));
            }
        }
    }

    private void restart(String symbolicName) throws Exception {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                b.stop();
                assertEquals(Bundle.RESOLVED, b.getState());
                b.start();
                await(symbolicName + " is active again", () -> b.getState() == Bundle.ACTIVE);
                return;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
