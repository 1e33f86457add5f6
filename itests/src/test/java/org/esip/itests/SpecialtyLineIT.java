package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * County specialty lines defined without code (clauses 5.3 and 5.1.3), installed live into a running distribution:
 * the two demo definitions served as lines, forms becoming tickets, definitions reloaded and refused while the
 * platform runs ({@link SpecialtyLineFlow}), the console, and the requests surviving an uninstall and reinstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SpecialtyLineIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution();
    }

    private void installLine() {
        await("the features service knows esip-line-specialty", () -> console("feature:list").contains("esip-line-specialty"));
        if (!console("feature:list -i").contains("esip-line-specialty")) {
            console("feature:install esip-line-specialty");
        }
        awaitStatus("/lines/specialty/definitions", 200);
        awaitStatus("/lines/" + SpecialtyLineFlow.OUHAI + "/definition", 200);
    }

    @Test
    public void definitionsBecomeLinesFormsBecomeTicketsAndTheDataSurvivesAReinstall_5_3_5_1_3() throws IOException {
        awaitStatus("/health", 200);
        installLine();
        new SpecialtyLineFlow(this).run();

        // The console: definitions with their status, one definition, validating a file, the requests.
        String list = console("esip:specialty-list");
        assertContains(list, "ouhai-eyewear.specialty");
        assertContains(list, "yueqing-electric");
        assertContains(list, "VALID");
        assertContains(console("esip:specialty-show ouhai-eyewear"), "sampleCount");
        // The definitions folder lives under etc/, which Karaf's File Install watches: it must not be taken
        // for an exploded bundle (it was, while the files were named *.json).
        String locations = console("bundle:list -t 0 -l");
        assertFalse("File Install installed the definitions folder: " + locations,
                locations.contains("esip-specialty"));
        Path bad = Files.createTempFile("specialty", ".specialty");
        Files.writeString(bad, "{\"id\":\"x\",\"items\":[{\"code\":\"A\"}]}", StandardCharsets.UTF_8);
        String validation = console("esip:specialty-validate " + bad);
        assertContains(validation, "INVALID");
        assertContains(validation, "items[0].code");
        assertContains(validation, "nameZh");
        assertContains(console("esip:specialty-requests --line ouhai-eyewear"), "MS-2026-T1");

        // The menu names a defined line in the page's language, from its definition file (web API 1.2).
        assertContains(web("/web/i18n/line.ouhai-eyewear.json?lang=en").body(),
                "\"defined.title\":\"Ouhai eyewear testing line\"");
        assertContains(web("/web/i18n/line.ouhai-eyewear.json").body(), "\"defined.title\":\"瓯海眼镜检测服务专线\"");

        // A definition refused at the first read is listed as refused and not served.
        Path broken = SpecialtyLineFlow.folder().resolve("broken-line.specialty");
        SpecialtyLineFlow.write(broken, "{\"id\":\"broken-line\",\"nameZh\":\"坏\"");
        await("the broken file is refused", () -> console("esip:specialty-list").contains("REFUSED"));
        assertContains(get("/lines/specialty/definitions/broken-line").body(), "\"served\":false");
        assertEquals(404, get("/lines/broken-line/definition").statusCode());
        Files.delete(broken);

        // Uninstall: every line goes, the requests stay; reinstall: they are back.
        String staff = tokenOfNewAccount("STAFF", "");
        String before = get("/lines/" + SpecialtyLineFlow.OUHAI + "/requests", staff).body();
        long id = Json.number(before, "id");
        console("feature:uninstall esip-line-specialty");
        awaitStatus("/lines/" + SpecialtyLineFlow.OUHAI + "/definition", 404);
        awaitStatus("/lines/specialty/definitions", 404);
        assertFalse(get("/service-lines", null).body().contains("瓯海眼镜检测服务专线"));
        assertEquals(200, get("/health").statusCode());
        installLine();
        awaitStatus("/lines/" + SpecialtyLineFlow.YUEQING + "/definition", 200);
        String back = get("/lines/" + SpecialtyLineFlow.OUHAI + "/requests/" + id, staff).body();
        assertContains(back, "MS-2026-T1");
        assertContains(back, "纯钛/β钛");
        assertContains(get("/service-lines", null).body(), "乐清电气产业链服务专线");
    }
}
