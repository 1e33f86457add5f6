package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The consulting and matchmaking line (咨询与对接服务专线, clause 5.2.5) installed live: the whole REST flow
 * ({@link ConsultingLineFlow}), the console, and the line's data surviving an uninstall and reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConsultingLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private void installLine() {
        await("the features service knows esip-line-consulting",
                () -> console("feature:list").contains("esip-line-consulting"));
        if (!console("feature:list -i").contains("esip-line-consulting")) {
            console("feature:install esip-line-consulting");
        }
        awaitStatus("/lines/consulting/services", 200);
    }

    /** A file of the web front (outside /api/v1). */
    private HttpResponse<String> page(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(api("").replace("/api/v1", "") + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void requestsMatchmakingIntroductionsAndEventsEndToEnd_5_2_5() {
        awaitStatus("/health", 200);
        installLine();
        ConsultingLineFlow flow = new ConsultingLineFlow(this);
        flow.run();
        assertContains(console("esip:consulting-postings"), "智能电气生产线扩产融资需求");
        assertContains(console("esip:consulting-postings --csv"), "kind,type,title");
        assertContains(console("esip:consulting-matches " + flow.demandId), "行业相同");
        assertContains(console("esip:consulting-introductions"), "SIGNED");
        // the line's pages are served by the web front (portal: postings with their matches, events, requests)
        HttpResponse<String> portal = page("/web/lines/consulting/portal.js");
        assertEquals(200, portal.statusCode());
        assertContains(portal.body(), "/matches?limit=");
        assertEquals(200, page("/web/lines/consulting/workbench.js").statusCode());

        // uninstall and reinstall: the line's tables and data stay
        console("feature:uninstall esip-line-consulting");
        awaitStatus("/lines/consulting/services", 404);
        assertFalse(get("/service-lines").body().contains("\"consulting\""));
        assertEquals(200, get("/health").statusCode());
        installLine();
        HttpResponse<String> back = get("/lines/consulting/postings/" + flow.demandId);
        assertEquals(back.body(), 200, back.statusCode());
        assertContains(back.body(), "智能电气生产线扩产融资需求");
        assertContains(get("/lines/consulting/introductions").body(), "SIGNED");
    }
}
