package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * The end-to-end REST flow of the county specialty lines (clause 5.3: lines added while the platform runs; clause
 * 5.1.3: the catalogue of county-specific services): both demo definitions are served as lines, an enterprise's form
 * becomes a ticket of the item's category, a bad form is a 400 naming each field, an edited definition file is
 * reloaded, a bad one is refused with named errors while the previous version stays served, and a definition
 * uploaded over REST appears and disappears with its file. Runs in the container (it edits files under
 * {@code etc/esip-specialty/}); the line's feature must be installed. Reusable on PostgreSQL.
 */
public class SpecialtyLineFlow {
    static final String OUHAI = "ouhai-eyewear";
    static final String YUEQING = "yueqing-electric";
    private final EsipTestSupport t;

    public SpecialtyLineFlow(EsipTestSupport test) {
        this.t = test;
    }

    static Path folder() {
        String etc = System.getProperty("karaf.etc");
        return Paths.get(etc == null ? "etc" : etc, "esip-specialty");
    }

    static void write(Path file, String text) {
        try {
            Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh unified social credit code (unique per run, so the flow can run again on the same database). */
    static String creditCode() {
        String digits = String.valueOf(System.nanoTime());
        String first17 = "91330304MA" + digits.substring(digits.length() - 7);
        return first17 + PlatformIT.checkCharacter(first17);
    }

    public void run() {
        bothDemoLinesAreServed_5_3();
        long request = formsBecomeTicketsOfTheItemsCategory_5_1_3();
        anEditedDefinitionIsReloadedAndABadOneRefused_5_3();
        aDefinitionUploadedOverRestComesAndGoesWithItsFile_5_3();
        assertContains(t.get("/lines/" + OUHAI + "/requests/" + request).body(), "送检样品数（副）");
    }

    void bothDemoLinesAreServed_5_3() {
        t.awaitStatus("/lines/" + OUHAI + "/definition", 200);
        t.awaitStatus("/lines/" + YUEQING + "/definition", 200);
        String lines = t.get("/service-lines", null).body();
        assertContains(lines, "瓯海眼镜检测服务专线");
        assertContains(lines, "乐清电气产业链服务专线");
        assertContains(lines, "ouhai-eyewear.testing");
        assertContains(lines, "frame-test");
        // The definition (what the generic form page draws) is public.
        String d = t.get("/lines/" + YUEQING + "/definition", null).body();
        assertContains(d, "额定电流（A）");
        assertContains(d, "\"type\":\"CHOICE\"");
        assertContains(t.get("/indicators").body(), "ouhai-eyewear.resolved-rate");
        String statuses = t.get("/lines/specialty/definitions").body();
        assertContains(statuses, "\"file\":\"ouhai-eyewear.specialty\"");
        assertContains(statuses, "\"valid\":true");
    }

    long formsBecomeTicketsOfTheItemsCategory_5_1_3() {
        long enterprise = Json.number(t.post("/enterprises", "{\"creditCode\":\"" + creditCode()
                + "\",\"name\":\"温州瓯海明视眼镜有限公司\",\"regionCode\":\"330304\"}").body(), "id");
        String user = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + enterprise);
        String staff = t.tokenOfNewAccount("STAFF", "");
        String good = "{\"item\":\"frame-test\",\"values\":{\"productModel\":\"MS-2026-T1\",\"material\":\"titanium\","
                + "\"sampleCount\":12,\"standard\":\"iso12870\",\"deliverBy\":\"2026-12-20\",\"urgent\":true}}";
        HttpResponse<String> created = t.post("/lines/" + OUHAI + "/requests", good, user);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Json.number(created.body(), "id");
        long ticket = Json.number(created.body(), "ticketId");
        assertEquals(enterprise, Json.number(created.body(), "enterpriseId"));
        String ticketBody = t.get("/tickets/" + ticket).body();
        assertContains(ticketBody, "ouhai-eyewear.testing");
        assertContains(ticketBody, "眼镜架检测");
        assertContains(ticketBody, "纯钛/β钛");
        // Stored and shown with the labels.
        String shown = t.get("/lines/" + OUHAI + "/requests/" + id, user).body();
        assertContains(shown, "\"labelZh\":\"镜架材质\"");
        assertContains(shown, "\"displayZh\":\"纯钛/β钛\"");
        assertContains(shown, "\"labelEn\":\"Samples (pairs)\"");
        assertContains(t.get("/lines/" + OUHAI + "/requests", user).body(), "MS-2026-T1");

        // A bad form: one 400 naming every field, nothing stored.
        int before = t.get("/lines/" + OUHAI + "/requests", staff).body().split("\"answers\"").length;
        HttpResponse<String> bad = t.post("/lines/" + OUHAI + "/requests", "{\"item\":\"frame-test\",\"values\":{"
                + "\"material\":\"wood\",\"sampleCount\":0,\"deliverBy\":\"20.12.2026\",\"urgent\":\"maybe\",\"colour\":1}}", user);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertContains(bad.headers().firstValue("Content-Type").orElse(""), "application/problem+json");
        for (String f : new String[] {"values.productModel", "values.material", "values.sampleCount", "values.standard",
                "values.deliverBy", "values.urgent", "values.colour"}) {
            assertContains(bad.body(), "\"field\":\"" + f + "\"");
        }
        HttpResponse<String> noItem = t.post("/lines/" + OUHAI + "/requests", "{\"item\":\"haircut\"}", user);
        assertEquals(400, noItem.statusCode());
        assertContains(noItem.body(), "\"field\":\"item\"");
        assertEquals(before, t.get("/lines/" + OUHAI + "/requests", staff).body().split("\"answers\"").length);

        // Staff submit at the window for an enterprise they name; another enterprise never sees the request.
        HttpResponse<String> noEnterprise = t.post("/lines/" + YUEQING + "/requests", "{\"item\":\"ccc-type-test\","
                + "\"values\":{\"productName\":\"NXB-63 小型断路器\",\"ratedCurrent\":63,\"testType\":\"ccc\"}}", staff);
        assertEquals(400, noEnterprise.statusCode());
        assertContains(noEnterprise.body(), "\"field\":\"enterpriseId\"");
        HttpResponse<String> window = t.post("/lines/" + YUEQING + "/requests", "{\"item\":\"ccc-type-test\",\"enterpriseId\":"
                + enterprise + ",\"values\":{\"productName\":\"NXB-63 小型断路器\",\"ratedCurrent\":63,\"testType\":\"ccc\","
                + "\"firstCertification\":false}}", staff);
        assertEquals(window.body(), 201, window.statusCode());
        assertContains(t.get("/tickets/" + Json.number(window.body(), "ticketId")).body(), "yueqing-electric.testing");
        long other = Json.number(t.post("/enterprises", "{\"creditCode\":\"" + creditCode()
                + "\",\"name\":\"乐清柳市测试电器有限公司\",\"regionCode\":\"330382\"}").body(), "id");
        String otherUser = t.tokenOfNewAccount("ENTERPRISE", "\"enterpriseId\":" + other);
        assertEquals(404, t.get("/lines/" + OUHAI + "/requests/" + id, otherUser).statusCode());
        assertFalse(t.get("/lines/" + OUHAI + "/requests", otherUser).body().contains("MS-2026-T1"));
        assertEquals(403, t.post("/lines/specialty/definitions/validate", "{}", user).statusCode());
        // The indicators count the requests.
        assertContains(t.get("/indicators").body(), "ouhai-eyewear.frame-tests");
        return id;
    }

    void anEditedDefinitionIsReloadedAndABadOneRefused_5_3() {
        Path file = folder().resolve(OUHAI + ".specialty");
        String original = read(file);
        try {
            write(file, original.replace("\"瓯海眼镜检测服务专线\"", "\"瓯海眼镜检测服务专线（二期）\""));
            EsipTestSupport.await("the edited definition is served", () -> t.get("/service-lines", null).body()
                    .contains("瓯海眼镜检测服务专线（二期）"));
            // A bad version: refused with each error named; the previous good version keeps running.
            write(file, original.replace("\"瓯海眼镜检测服务专线\"", "\"瓯海眼镜检测服务专线（坏）\"")
                    .replace("\"type\": \"text\", \"labelZh\": \"产品型号\"", "\"type\": \"colour\", \"labelZh\": \"产品型号\"")
                    .replace("\"resolutionDays\": 7", "\"resolutionDays\": 0"));
            EsipTestSupport.await("the bad definition is refused", () -> t.get("/lines/specialty/definitions/" + OUHAI)
                    .body().contains("\"valid\":false"));
            String status = t.get("/lines/specialty/definitions/" + OUHAI).body();
            assertContains(status, "items[0].fields[0].type");
            assertContains(status, "categories[0].resolutionDays");
            assertContains(status, "\"served\":true");
            String lines = t.get("/service-lines", null).body();
            assertContains(lines, "瓯海眼镜检测服务专线（二期）");
            assertFalse(lines.contains("（坏）"));
            assertEquals(200, t.get("/lines/" + OUHAI + "/definition", null).statusCode());
        } finally {
            write(file, original);
        }
        EsipTestSupport.await("the original definition is served again", () -> {
            String s = t.get("/lines/specialty/definitions/" + OUHAI).body();
            return s.contains("\"valid\":true") && !t.get("/service-lines", null).body().contains("（二期）");
        });
    }

    void aDefinitionUploadedOverRestComesAndGoesWithItsFile_5_3() {
        String staff = t.tokenOfNewAccount("STAFF", "");
        String def = "{\"id\":\"ruian-auto\",\"nameZh\":\"瑞安汽摩配检测服务专线\",\"nameEn\":\"Rui'an auto parts testing line\","
                + "\"categories\":[{\"name\":\"testing\",\"nameZh\":\"汽摩配检测\",\"nameEn\":\"Auto parts testing\","
                + "\"kind\":\"DEMAND\",\"resolutionDays\":10}],"
                + "\"items\":[{\"code\":\"brake-test\",\"nameZh\":\"制动部件检测\",\"nameEn\":\"Brake parts testing\","
                + "\"category\":\"testing\",\"fields\":[{\"name\":\"part\",\"type\":\"text\",\"labelZh\":\"部件名称\","
                + "\"labelEn\":\"Part\",\"required\":true,\"maxLength\":80}]}],"
                + "\"indicators\":[{\"name\":\"requests\",\"nameZh\":\"申请数\",\"nameEn\":\"Requests\",\"measure\":\"REQUESTS\"}]}";
        HttpResponse<String> bad = t.put("/lines/specialty/definitions/ruian-auto", def.replace("\"DEMAND\"", "\"WISH\"")
                .replace("\"category\":\"testing\"", "\"category\":\"nothing\""), staff);
        assertEquals(bad.body(), 400, bad.statusCode());
        assertContains(bad.body(), "\"field\":\"categories[0].kind\"");
        assertContains(bad.body(), "\"field\":\"items[0].category\"");
        assertEquals(404, t.get("/lines/ruian-auto/definition").statusCode());
        HttpResponse<String> wrongId = t.put("/lines/specialty/definitions/rui-an", def, staff);
        assertEquals(400, wrongId.statusCode());
        assertContains(wrongId.body(), "\"field\":\"id\"");
        HttpResponse<String> ok = t.put("/lines/specialty/definitions/ruian-auto", def, staff);
        assertEquals(ok.body(), 200, ok.statusCode());
        assertContains(ok.body(), "\"served\":true");
        t.awaitStatus("/lines/ruian-auto/definition", 200);
        assertTrue(Files.exists(folder().resolve("ruian-auto.specialty")));
        assertContains(t.get("/service-lines", null).body(), "瑞安汽摩配检测服务专线");
        // Removing the file withdraws the line.
        try {
            Files.delete(folder().resolve("ruian-auto.specialty"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.awaitStatus("/lines/ruian-auto/definition", 404);
        assertFalse(t.get("/service-lines", null).body().contains("瑞安汽摩配检测服务专线"));
        assertNotEquals(200, t.get("/lines/specialty/definitions/ruian-auto").statusCode());
    }

    private static void assertContains(String text, String expected) {
        EsipTestSupport.assertContains(text, expected);
    }
}
