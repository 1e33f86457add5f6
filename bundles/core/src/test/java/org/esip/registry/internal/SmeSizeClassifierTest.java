package org.esip.registry.internal;

import static org.esip.registry.api.EnterpriseSize.LARGE;
import static org.esip.registry.api.EnterpriseSize.MEDIUM;
import static org.esip.registry.api.EnterpriseSize.MICRO;
import static org.esip.registry.api.EnterpriseSize.SMALL;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;

import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.SizeSource;
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

    /** Each sector exactly on its large, medium and small bounds, and one step below each (X, Y, Z as in the rules). */
    @Test
    public void everySectorOnAndJustBelowEachBound() {
        // {code, X, Y, Z} at the large, medium and small bounds of the sector; null = not used by it
        Object[][] sectors = {
                {"A0111", null, new long[] {20000, 500, 50}, null},
                {"C3823", new long[] {1000, 300, 20}, new long[] {40000, 2000, 300}, null},
                {"E4710", null, new long[] {80000, 6000, 300}, new long[] {80000, 5000, 300}},
                {"F5123", new long[] {200, 20, 5}, new long[] {40000, 5000, 1000}, null},
                {"F5212", new long[] {300, 50, 10}, new long[] {20000, 500, 100}, null},
                {"G5430", new long[] {1000, 300, 20}, new long[] {30000, 3000, 200}, null},
                {"G5911", new long[] {1000, 300, 20}, new long[] {30000, 3000, 200}, null},
                {"G5920", new long[] {200, 100, 20}, new long[] {30000, 1000, 100}, null},
                {"G6010", new long[] {1000, 300, 20}, new long[] {30000, 2000, 100}, null},
                {"H6110", new long[] {300, 100, 10}, new long[] {10000, 2000, 100}, null},
                {"H6210", new long[] {300, 100, 10}, new long[] {10000, 2000, 100}, null},
                {"I6311", new long[] {2000, 100, 10}, new long[] {100000, 1000, 100}, null},
                {"I6410", new long[] {2000, 100, 10}, new long[] {100000, 1000, 100}, null},
                {"I6513", new long[] {300, 100, 10}, new long[] {10000, 1000, 50}, null},
                {"K7010", null, new long[] {200000, 1000, 100}, new long[] {10000, 5000, 2000}},
                {"K7020", new long[] {1000, 300, 100}, new long[] {5000, 1000, 500}, null},
                {"L7212", new long[] {300, 100, 10}, null, new long[] {120000, 8000, 100}},
                {"G5311", new long[] {300, 100, 10}, null, null}, // railways: other sectors
                {"K7030", new long[] {300, 100, 10}, null, null},
                {"M7320", new long[] {300, 100, 10}, null, null},
                {"O8010", new long[] {300, 100, 10}, null, null}};
        EnterpriseSize[] levels = {LARGE, MEDIUM, SMALL};
        EnterpriseSize[] below = {MEDIUM, SMALL, MICRO};
        for (Object[] s : sectors) {
            String code = (String) s[0];
            for (int level = 0; level < 3; level++) {
                String where = code + " at " + levels[level];
                assertEquals(where, levels[level], at(s, level, -1));
                // One step below any single bound drops it a level.
                for (int measure = 1; measure <= 3; measure++) {
                    if (s[measure] != null) {
                        assertEquals(where + ", measure " + measure + " one below", below[level], at(s, level, measure));
                    }
                }
            }
        }
    }

    /** The sector's values at {@code level}, with {@code lowered} (1 = X, 2 = Y, 3 = Z) one below its bound. */
    private static EnterpriseSize at(Object[] s, int level, int lowered) {
        Integer x = s[1] == null ? null : (int) (((long[]) s[1])[level] - (lowered == 1 ? 1 : 0));
        BigDecimal y = s[2] == null ? BigDecimal.ZERO
                : BigDecimal.valueOf(((long[]) s[2])[level]).subtract(lowered == 2 ? new BigDecimal("0.01") : BigDecimal.ZERO);
        BigDecimal z = s[3] == null ? null
                : BigDecimal.valueOf(((long[]) s[3])[level]).subtract(lowered == 3 ? new BigDecimal("0.01") : BigDecimal.ZERO);
        return SmeSizeClassifier.classify((String) s[0], x, y, z);
    }

    @Test
    public void tooCoarseCodesLeaveTheSizeUnknown() {
        for (String code : new String[] {"G", "G59", "H", "I", "K", "K70", "F"}) {
            assertNull(code, SmeSizeClassifier.classify(code, 5000, BigDecimal.valueOf(500000), BigDecimal.valueOf(500000)));
        }
        assertEquals(LARGE, SmeSizeClassifier.classify("C", 5000, BigDecimal.valueOf(500000), null));
    }

    @Test
    public void theSourceOfTheSizeIsNamed() {
        assertEquals(SizeSource.OVERRIDDEN, SizeSource.of(LARGE, true));
        assertEquals(SizeSource.COMPUTED, SizeSource.of(SMALL, false));
        assertEquals(SizeSource.UNKNOWN, SizeSource.of(null, false));
    }
}
