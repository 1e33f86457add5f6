package org.esip.registry.internal;

import static org.esip.registry.api.EnterpriseSize.LARGE;
import static org.esip.registry.api.EnterpriseSize.MEDIUM;
import static org.esip.registry.api.EnterpriseSize.MICRO;
import static org.esip.registry.api.EnterpriseSize.SMALL;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.esip.registry.api.EnterpriseSize;
import org.junit.Test;

/** Enterprise size by 工信部联企业〔2011〕300号, per sector and on its boundaries (clause 4.4.2). */
public class SmeSizeClassifierTest {

    private static EnterpriseSize size(String industry, Integer employees, long revenue, Long assets) {
        return SmeSizeClassifier.classify(industry, employees, BigDecimal.valueOf(revenue),
                assets == null ? null : BigDecimal.valueOf(assets));
    }

    @Test
    public void industryNeedsBothEmployeesAndRevenueAtEachLevel() {
        assertEquals(LARGE, size("C3823", 1000, 40000, null));
        assertEquals(MEDIUM, size("C3823", 999, 40000, null));
        assertEquals(MEDIUM, size("C3823", 300, 2000, null));
        assertEquals(SMALL, size("C3823", 300, 1999, null));
        assertEquals(SMALL, size("C3823", 20, 300, null));
        assertEquals(MICRO, size("C3823", 19, 5000, null));
        assertEquals(MICRO, size("C3823", 200, 299, null));
        assertEquals(MEDIUM, size("D4411", 500, 5000, null));
        assertEquals(SMALL, size("B", 50, 500, null));
    }

    @Test
    public void agricultureCountsRevenueOnly() {
        assertEquals(LARGE, size("A0111", null, 20000, null));
        assertEquals(MEDIUM, size("A01", 3, 500, null));
        assertEquals(SMALL, size("A", null, 50, null));
        assertEquals(MICRO, size("A0412", null, 49, null));
    }

    @Test
    public void wholesaleAndRetailDiffer() {
        assertEquals(MEDIUM, size("F5123", 20, 5000, null));
        assertEquals(SMALL, size("F5123", 5, 1000, null));
        assertEquals(MICRO, size("F5123", 4, 100000, null));
        assertEquals(MEDIUM, size("F5212", 50, 500, null));
        assertEquals(SMALL, size("F5212", 10, 100, null));
        assertEquals(MICRO, size("F5212", 9, 100, null));
        assertNull("the section alone does not say wholesale or retail", size("F", 50, 500, null));
    }

    @Test
    public void constructionAndRealEstateNeedTotalAssets() {
        assertNull(size("E4710", 100, 6000, null));
        assertEquals(MEDIUM, size("E4710", null, 6000, 5000L));
        assertEquals(SMALL, size("E4710", null, 6000, 4999L));
        assertEquals(LARGE, size("K7010", null, 200000, 10000L));
        assertEquals(SMALL, size("K7010", null, 200000, 2000L));
        assertEquals(MICRO, size("K7010", null, 99, 50000L));
        assertEquals(SMALL, size("K7020", 100, 500, null));
        assertNull("K70 alone does not say development or property management", size("K70", 100, 500, null));
    }

    @Test
    public void transportWarehousingPostAndTheRest() {
        assertEquals(MEDIUM, size("G5430", 300, 3000, null));
        assertEquals(SMALL, size("G5911", 20, 200, null)); // 装卸搬运 counts as transport
        assertEquals(MEDIUM, size("G5920", 100, 1000, null)); // warehousing
        assertEquals(SMALL, size("G6010", 20, 100, null));
        assertEquals(MEDIUM, size("H6210", 100, 2000, null));
        assertEquals(MEDIUM, size("I6311", 100, 1000, null));
        assertEquals(SMALL, size("I6513", 10, 50, null));
        assertEquals(MICRO, size("I6513", 9, 5000, null));
        assertEquals(MEDIUM, size("L7212", 100, 0, 8000L));
        assertEquals(SMALL, size("M7320", 10, 0, null)); // other sectors: employees only
        assertEquals(LARGE, size("M7320", 300, 0, null));
    }

    @Test
    public void missingDataLeavesTheSizeUnknown() {
        assertNull(SmeSizeClassifier.classify("C3823", null, BigDecimal.TEN, null));
        assertNull(SmeSizeClassifier.classify("C3823", 10, null, null));
        assertNull(SmeSizeClassifier.classify(null, 10, BigDecimal.TEN, null));
    }
}
