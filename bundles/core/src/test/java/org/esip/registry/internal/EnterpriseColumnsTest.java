package org.esip.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.table.Cells;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.QualificationType;
import org.junit.Test;

/** Parsing of one imported spreadsheet row (clause 4.4.2): what counties write, and what they get wrong. */
public class EnterpriseColumnsTest {

    @Test
    public void headersAreTheChineseOnesOrTheFieldNames() {
        assertEquals("annualRevenue", EnterpriseColumns.LAYOUT.fieldOf("营业收入（万元）"));
        assertEquals("annualRevenue", EnterpriseColumns.LAYOUT.fieldOf("营业收入"));
        assertEquals("creditCode", EnterpriseColumns.LAYOUT.fieldOf("creditcode"));
        assertEquals(null, EnterpriseColumns.LAYOUT.fieldOf("备注"));
    }

    @Test
    public void aGoodRowParses() {
        Violations v = new Violations();
        EnterpriseRegistration r = EnterpriseColumns.parse(Map.of("creditCode", "91330100799655058B", "name", "甲",
                "regionCode", "330302", "employees", "1,200", "annualRevenue", "3500.5", "foundedOn", "2010/5/1",
                "sizeOverride", "中型", "qualifications", "HIGH_TECH|GR2023|2023-12-08|2026-12-07；TECH_SME|||2025-12-31",
                "tags", "泵阀；外贸出口;泵阀"), v);
        assertTrue(v.list().toString(), v.list().isEmpty());
        assertEquals(Integer.valueOf(1200), r.employees());
        assertEquals(new BigDecimal("3500.5"), r.annualRevenue());
        assertEquals(LocalDate.of(2010, 5, 1), r.foundedOn());
        assertEquals(EnterpriseSize.MEDIUM, r.sizeOverride());
        assertEquals(QualificationType.HIGH_TECH, r.qualifications().get(0).type());
        assertEquals(LocalDate.of(2025, 12, 31), r.qualifications().get(1).validUntil());
        assertEquals(Set.of("泵阀", "外贸出口"), r.tags());
        // An XLSX date cell arrives as its serial day number.
        assertEquals(LocalDate.of(2010, 5, 1), Cells.date(v, "foundedOn", "40299"));
    }

    @Test
    public void everyUnreadableCellIsNamed() {
        Violations v = new Violations();
        EnterpriseColumns.parse(Map.of("employees", "很多", "annualRevenue", "3千", "foundedOn", "去年",
                "sizeOverride", "巨型", "qualifications", "GOLD|1|2|3"), v);
        List<String> fields = v.list().stream().map(FieldViolation::field).toList();
        assertEquals(Set.of("employees", "annualRevenue", "foundedOn", "sizeOverride", "qualifications"),
                fields.stream().collect(Collectors.toSet()));
        assertTrue(v.list().get(0).message().contains("很多"));
    }
}
