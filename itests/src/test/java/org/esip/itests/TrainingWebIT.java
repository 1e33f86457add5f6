package org.esip.itests;

import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;
import org.openqa.selenium.By;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExamServer;

/**
 * The training line's pages (clause 5.2.3) in a real Chromium against the distribution with the Wenzhou demo data and
 * the line mix {@code training}: an enterprise user registers an attendee from the timetable and finds the
 * registration in its list; staff see the sessions and the figures in the workbench.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TrainingWebIT {
    private static final int PORT = EsipTestSupport.freePort();
    private static final String BASE = "http://127.0.0.1:" + PORT;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Demo data and the training line in the platform's line mix. */
    public static class Platform extends EsipTestSupport {
        @Configuration
        public Option[] config() {
            return distributionOn(PORT, editConfigurationFilePut("etc/org.esip.platform.cfg", "demoData", "true"),
                    editConfigurationFilePut("etc/org.esip.lines.cfg", "lines", "training"));
        }
    }

    @ClassRule
    public static final PaxExamServer PLATFORM = new PaxExamServer(Platform.class);

    private static Browser browser;

    @BeforeClass
    public static void up() {
        // the line mix installs the line at start; its demo data follows the core's
        awaitPublic("/api/v1/lines/training/sessions", b -> b.contains("\"total\":5"));
        browser = Browser.open(BASE);
    }

    @AfterClass
    public static void down() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    public void a_anEnterpriseRegistersAnAttendeeFromTheTimetable_5_2_3_2() {
        browser.size(Browser.DESKTOP);
        browser.go("/portal/#/");
        browser.signIn("demo-enterprise", WebPortalIT.DEMO_PASSWORD);
        browser.reloadUntil("the training line's menu entry",
                d -> !d.findElements(By.cssSelector(".menu a[href='#/lines/training/sessions']")).isEmpty());
        browser.click(By.cssSelector(".menu a[href='#/lines/training/sessions']"));
        browser.awaitText(By.cssSelector(".line-page[data-line=training] h1"), "培训课程与场次");
        browser.await(By.cssSelector(".training-sessions li button.register"));
        browser.click(By.cssSelector(".training-sessions li button.register"));
        browser.type(By.name("names"), "网页测试学员");
        browser.type(By.name("phones"), "1398877" + String.format("%04d", System.nanoTime() % 10_000));
        browser.click(By.cssSelector(".training-sessions form button[type=submit]"));
        browser.awaitText(By.cssSelector(".training-sessions .notice-success"), "网页测试学员");
        browser.screenshot("portal-training-sessions");
        browser.click(By.cssSelector(".menu a[href='#/lines/training/my-registrations']"));
        browser.awaitText(By.cssSelector(".line-page h1"), "我的培训报名");
        browser.awaitText(By.cssSelector(".line-page table.data"), "网页测试学员");
        assertTrue(browser.text().contains("加入日历"));
        browser.click(By.cssSelector(".menu a[href='#/lines/training/needs']"));
        browser.awaitText(By.cssSelector(".line-page h1"), "培训需求");
        browser.click(By.cssSelector(".line-page form button[type=submit]"));
        browser.await(By.cssSelector(".line-page .field.invalid"));
        browser.signOut();
    }

    @Test
    public void b_staffSeeSessionsAndFiguresInTheWorkbench_5_2_3_4() {
        browser.size(Browser.DESKTOP);
        browser.go("/workbench/#/");
        browser.signIn("demo-staff", WebPortalIT.DEMO_PASSWORD);
        browser.reloadUntil("the training line's workbench entry",
                d -> !d.findElements(By.cssSelector(".menu a[href='#/lines/training/sessions']")).isEmpty());
        browser.click(By.cssSelector(".menu a[href='#/lines/training/sessions']"));
        browser.awaitText(By.cssSelector(".line-page h1"), "培训场次管理");
        browser.await(By.cssSelector(".line-page tr[data-session]"));
        browser.click(By.cssSelector(".menu a[href='#/lines/training/planning']"));
        browser.awaitText(By.cssSelector(".line-page h1"), "培训统计与需求");
        browser.awaitText(By.cssSelector(".line-page table.statistics"), "合计");
        browser.screenshot("workbench-training-planning");
        browser.signOut();
    }

    private static void awaitPublic(String path, Predicate<String> ok) {
        long deadline = System.currentTimeMillis() + 240_000;
        String last = "none";
        while (System.currentTimeMillis() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).GET()
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200 && ok.test(r.body())) {
                    return;
                }
                last = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                last = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for " + path + ": " + last);
    }
}
