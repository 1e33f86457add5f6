package org.esip.line.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.esip.line.api.HandlingMode;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorUnit;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.TicketCategory;
import org.esip.ticketing.api.TicketKind;
import org.junit.Test;
import org.osgi.framework.Version;

public class LineAdmissionTest {
    private static final Version CORE_API = new Version(2, 0, 0);

    /** A line whose declarations the test chooses. */
    private record Line(String id, String range, List<ServiceItem> catalogue, List<TicketCategory> ticketCategories,
            List<Indicator> indicators) implements ServiceLine {
        Line(String id, String range) {
            this(id, range, List.of(), List.of(), List.of());
        }

        @Override
        public String nameZh() {
            return "测试专线";
        }

        @Override
        public String nameEn() {
            return "Test line";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public String coreApiRange() {
            return range;
        }
    }

    @Test
    public void aCompatibleLineIsAdmittedWithEverythingItDeclares() {
        LineAdmission.Decision d = LineAdmission.decide(new Line("policy", "[2.0,3)",
                List.of(new ServiceItem("apply", "申报", "Apply", "", "", HandlingMode.ONLINE, "policy.application")),
                List.of(new TicketCategory("policy.application", "政策申报", "Policy application", TicketKind.DEMAND, 15)),
                List.of(Indicator.of("policy.pushes", "推送数", "Pushes", IndicatorUnit.COUNT, () -> 3))), CORE_API);
        assertTrue(d.reasonsEn().toString(), d.admitted());
        assertEquals("/api/v1/lines/policy/", d.info().basePath());
        assertEquals(1, d.info().catalogue().size());
        assertEquals("policy.application", d.info().ticketCategories().get(0).code());
        assertEquals("policy.pushes", d.info().indicators().get(0).code());
    }

    @Test
    public void aLineForAnotherCoreApiIsRefusedNamingBothVersions() {
        LineAdmission.Decision d = LineAdmission.decide(new Line("old", "[1.0,2)"), CORE_API);
        assertFalse(d.admitted());
        assertNull(d.info());
        assertEquals(List.of("it works with core API [1.0,2), but this platform provides core API 2.0.0"), d.reasonsEn());
        assertEquals(List.of("适用于核心接口 [1.0,2)，而本平台的核心接口版本为 2.0.0"), d.reasonsZh());
    }

    @Test
    public void aMissingOrMalformedRangeIsRefused() {
        assertFalse(LineAdmission.decide(new Line("norange", null), CORE_API).admitted());
        LineAdmission.Decision d = LineAdmission.decide(new Line("bad", "two-point-oh"), CORE_API);
        assertFalse(d.admitted());
        assertTrue(d.reasonsEn().get(0), d.reasonsEn().get(0).contains("'two-point-oh' is not an OSGi version range"));
    }

    @Test
    public void aLineThatDeclaresNoRangeWorksWithTheRangeItsBundleImports() {
        LineAdmission.Decision d = LineAdmission.decide(new Line("minimal", null), CORE_API, "[2.0,3)");
        assertTrue(d.reasonsEn().toString(), d.admitted());
        assertEquals("[2.0,3)", d.info().coreApiRange());
        assertFalse(LineAdmission.decide(new Line("minimal", " "), CORE_API, "[1.0,2)").admitted());
        // An explicit range wins over the import.
        assertFalse(LineAdmission.decide(new Line("narrow", "[2.1,3)"), CORE_API, "[2.0,3)").admitted());
    }

    @Test
    public void readsTheSpiRangeFromImportPackage() {
        assertEquals("[2.0,3)", LineAdmission.importedSpiRange("javax.sql,javax.ws.rs;version=\"[2.1,3)\","
                + "org.esip.core.api;version=\"[1.1,2)\",org.esip.line.api;version=\"[2.0,3)\",org.osgi.framework;version=\"[1.10,2)\""));
        assertEquals("[2.0,3)", LineAdmission.importedSpiRange("org.esip.line.api;resolution:=optional;version=\"[2.0,3)\""));
        assertEquals("2.0", LineAdmission.importedSpiRange("org.esip.line.api;version=2.0,org.esip.line.apix;version=\"[9,10)\""));
        assertEquals("0.0.0", LineAdmission.importedSpiRange("org.esip.line.api"));
        assertNull(LineAdmission.importedSpiRange("org.esip.line.apix;version=\"[2.0,3)\""));
        assertNull(LineAdmission.importedSpiRange(null));
    }

    @Test
    public void categoriesAndIndicatorsMustCarryTheLinesId() {
        LineAdmission.Decision d = LineAdmission.decide(new Line("training", "[2,3)", List.of(),
                List.of(new TicketCategory("policy.application", "政策申报", "Application", TicketKind.DEMAND, 15),
                        new TicketCategory("training.signup", "报名", "Sign-up", TicketKind.DEMAND, 0)),
                List.of(Indicator.of("attendance", "出勤", "Attendance", IndicatorUnit.PERCENT, () -> 1))), CORE_API);
        assertFalse(d.admitted());
        String all = String.join("\n", d.reasonsEn());
        assertTrue(all, all.contains("ticketCategories[policy.application]: the code must be 'training.'"));
        assertTrue(all, all.contains("ticketCategories[training.signup].resolutionDays must be at least 1"));
        assertTrue(all, all.contains("indicators[attendance]: the code must be 'training.'"));
    }

    @Test
    public void anItemMayOnlyPointAtTheLinesOwnCategories() {
        LineAdmission.Decision d = LineAdmission.decide(new Line("tech", "[2,3)",
                List.of(new ServiceItem("Testing", "检测", "Testing", "", "", null, "tech.none")), List.of(), List.of()),
                CORE_API);
        String all = String.join("\n", d.reasonsEn());
        assertTrue(all, all.contains("catalogue[Testing]: a catalogue code has lower-case letters, digits and '-'"));
        assertTrue(all, all.contains("catalogue[Testing].handling is missing"));
        assertTrue(all, all.contains("'tech.none' is not one of the line's own ticket categories"));
    }

    @Test
    public void aLineWhoseMethodsThrowIsRefusedNotThePlatformsProblem() {
        ServiceLine broken = new ServiceLine() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String nameZh() {
                return "坏专线";
            }

            @Override
            public String nameEn() {
                return "Broken";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String coreApiRange() {
                return "[2,3)";
            }

            @Override
            public List<ServiceItem> catalogue() {
                throw new IllegalStateException("no database");
            }
        };
        LineAdmission.Decision d = LineAdmission.decide(broken, CORE_API);
        assertFalse(d.admitted());
        assertTrue(d.reasonsEn().toString(), d.reasonsEn().get(0).startsWith("calling catalogue failed"));
    }

    @Test
    public void theRegistryRefusesASecondLineWithTheSameIdAndMeasuresIndicatorsSafely() {
        ServiceLineRegistryImpl registry = new ServiceLineRegistryImpl(CORE_API);
        Line first = new Line("sample", "[2,3)", List.of(), List.of(),
                List.of(Indicator.of("sample.ok", "正常", "OK", IndicatorUnit.COUNT, () -> 7),
                        Indicator.of("sample.fails", "出错", "Fails", IndicatorUnit.COUNT, () -> {
                            throw new IllegalStateException("boom");
                        })));
        Line second = new Line("sample", "[2,3)");
        registry.add(first, "first 1.0");
        registry.add(second, "second 1.0");
        assertTrue(registry.admits(first));
        assertFalse(registry.admits(second));
        assertEquals(1, registry.installed().size());
        assertEquals("second 1.0", registry.refused().get(0).bundle());
        assertTrue(registry.refused().get(0).reasonsEn().get(0).contains("already has the id 'sample'"));
        var values = registry.measureIndicators();
        assertEquals("sample.fails", values.get(0).code());
        assertNull(values.get(0).value());
        assertTrue(values.get(0).errorEn().contains("boom"));
        assertEquals(7, values.get(1).value());
        registry.removeLine(first);
        assertTrue(registry.installed().isEmpty());
    }
}
