package org.esip.line.outreach.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.esip.line.outreach.api.Campaign;
import org.esip.line.outreach.api.TargetConditions;
import org.junit.Test;

/** A visit or plan lies in the campaign's period, both ends included; import problems name row and column. */
public class CampaignPeriodTest {

    private static Campaign campaign(LocalDate from, LocalDate to) {
        return new Campaign(1, "安全生产进企业", null, from, to, new TargetConditions("330382", null, null, null),
                List.of(1L), null, null, null, 0, "staff", Instant.EPOCH, 0);
    }

    @Test
    public void thePeriodIncludesBothEnds() {
        Campaign c = campaign(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertTrue(c.covers(LocalDate.of(2026, 12, 1)));
        assertTrue(c.covers(LocalDate.of(2026, 12, 31)));
        assertFalse(c.covers(LocalDate.of(2026, 11, 30)));
        assertFalse(c.covers(LocalDate.of(2027, 1, 1)));
        assertFalse(c.covers(null));
        assertEquals(List.of(), c.organisationIds());
    }

    @Test
    public void importProblemsNameTheRowAndTheColumn() {
        assertEquals("第3行 计划走访日期", PlanImport.field(3, PlanImport.column("plannedOn")));
        assertEquals("第2行 统一社会信用代码", PlanImport.field(2, PlanImport.column("enterpriseId")));
        assertEquals("第4行 走访人员", PlanImport.field(4, PlanImport.column("visitorIds")));
        assertEquals("第5行 镇街服务中心", PlanImport.field(5, PlanImport.column("servicePointId")));
    }
}
