package org.esip.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.Arrays;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The technical line (clause 5.2.4) on a demo platform: installed live, it seeds Wenzhou offers and instruments of
 * the core's admitted demo organisations and projects of local industries, only into its empty tables.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TechnicalLineDemoIT extends EsipTestSupport {

    @Configuration
    public Option[] config() {
        return distribution(editConfigurationFilePut("etc/org.esip.platform.cfg", "demoData", "true"));
    }

    @Test
    public void aDemoPlatformGetsWenzhouOffersInstrumentsAndProjects_5_2_4() {
        awaitStatus("/health", 200);
        await("the demo organisations", () -> Json.number(get("/organisations?status=ADMITTED").body(), "total") > 0);
        await("the features service knows esip-line-technical", () -> console("feature:list").contains("esip-line-technical"));
        console("feature:install esip-line-technical");
        awaitStatus("/lines/technical/offers", 200);
        await("demo projects", () -> Json.number(get("/lines/technical/projects", null).body(), "total") >= 4);
        String offers = get("/lines/technical/offers?bookable=true", null).body();
        assertTrue(offers, Json.number(offers, "total") > 0);
        assertContains(get("/lines/technical/projects", null).body(), "温州大学");
        String instruments = get("/lines/technical/instruments", null).body();
        assertTrue(instruments, Json.number(instruments, "total") > 0);
        assertContains(console("esip:technical-offers"), "共");
    }

    @Test
    public void theDemoDataIsItsOwnFeatureAndTheCoreCarriesNoDemoCode() {
        awaitStatus("/health", 200);
        Bundle demo = bundle("org.esip.demo");
        assertNotNull("the esip-demo bundle is installed by the distribution's boot features", demo);
        assertEquals(Bundle.ACTIVE, demo.getState());
        assertNotNull(demo.getEntry("org/esip/demo/internal/WenzhouDemoData.class"));
        Bundle core = bundle("org.esip.core");
        assertNull("no demo class in the core bundle", core.findEntries("org/esip", "*Demo*.class", true));
        assertContains(console("feature:list -i"), "esip-demo");
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElse(null);
    }
}
