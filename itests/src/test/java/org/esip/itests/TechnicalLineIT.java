package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The technical services line (技术服务专线, clause 5.2.4) installed live into a running distribution: its whole REST
 * flow ({@link TechnicalLineFlow}), its console commands, and its data surviving an uninstall and reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TechnicalLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private void installLine() {
        await("the features service knows esip-line-technical", () -> console("feature:list").contains("esip-line-technical"));
        if (!console("feature:list -i").contains("esip-line-technical")) {
            console("feature:install esip-line-technical");
        }
        awaitStatus("/lines/technical/offers", 200);
    }

    @Test
    public void offersInstrumentsProjectsAndExpertsFlowThroughTheClosedLoop_5_2_4() throws Exception {
        awaitStatus("/health", 200);
        installLine();
        new TechnicalLineFlow(this).run();
        String offers = console("esip:technical-offers");
        assertContains(offers, "低压电器安全性能检测");
        assertContains(console("esip:technical-offers --csv"), "id,");
        assertContains(console("esip:technical-instruments"), "扫描电子显微镜");
        assertContains(console("esip:technical-projects"), "智能断路器物联网模块");
        assertContains(console("esip:technical-requests"), "technical");
        // TicketKeys: a booking whose ticket id was lost (the process died after submitting) gets the same ticket back.
        String latest = get("/lines/technical/requests?kind=BOOKING&size=1").body();
        long request = Json.number(latest, "id");
        long ticket = Json.number(latest, "ticketId");
        sql("UPDATE TECHNICAL_REQUEST SET TICKET_ID = NULL WHERE ID = " + request);
        assertContains(get("/lines/technical/requests/" + request).body(), "\"ticketId\":null");
        assertContains(console("esip:technical-requests --reconcile"), "补交 reconciled: 1");
        assertEquals(ticket, Json.number(get("/lines/technical/requests/" + request).body(), "ticketId"));
        // Its pages: menu entries for enterprise users and staff, the modules and the texts.
        String company = tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + Json.number(get("/enterprises?size=1").body(), "id"));
        String portal = get("/web/menu?area=portal", company).body();
        assertContains(portal, "\"lineId\":\"technical\"");
        assertContains(portal, "portal.js");
        assertContains(get("/web/menu?area=workbench").body(), "workbench.js");
        assertEquals(200, web("/web/lines/technical/portal.js").statusCode());
        assertEquals(200, web("/web/lines/technical/workbench.js").statusCode());
        assertContains(web("/web/i18n/line.technical.json").body(), "仪器设备共享");
    }

    private void sql(String statement) {
        try {
            ServiceReference<DataSource> ref = bundleContext
                    .getServiceReferences(DataSource.class, "(osgi.jndi.service.name=esip)").iterator().next();
            DataSource ds = bundleContext.getService(ref);
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate(statement));
            } finally {
                bundleContext.ungetService(ref);
            }
        } catch (SQLException | InvalidSyntaxException e) {
            throw new AssertionError(statement, e);
        }
    }

    @Test
    public void theLinesDataStaysWhenItIsUninstalledAndComesBackWithIt_5_3() {
        awaitStatus("/health", 200);
        installLine();
        String staff = tokenOfNewAccount("STAFF", "");
        HttpResponse<String> p = post("/lines/technical/projects", "{\"title\":\"鞋材水性胶粘剂（重装测试）\",\"kind\":\"NEW_TECHNOLOGY\","
                + "\"posterKind\":\"UNIVERSITY\",\"posterName\":\"温州大学\",\"industryCode\":\"C19\",\"maturity\":\"SMALL_BATCH\","
                + "\"cooperation\":\"LICENSING\",\"summary\":\"水性聚氨酯胶粘剂\"}", staff);
        assertEquals(p.body(), 201, p.statusCode());
        long id = Json.number(p.body(), "id");
        console("feature:uninstall esip-line-technical");
        awaitStatus("/lines/technical/offers", 404);
        assertFalse(get("/service-lines").body().contains("\"technical\""));
        assertEquals(200, get("/health").statusCode());
        installLine();
        HttpResponse<String> back = get("/lines/technical/projects/" + id, staff);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "重装测试");
        assertContains(get("/service-lines").body(), "技术服务专线");
    }
}
