package org.esip.ticketing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.esip.ticketing.api.Supplement;
import org.junit.Test;

/** Clause 6.4.1 (预约申请): the original application and every supplement are kept, each dated. */
public class SupplementsTest {

    @Test
    public void everySupplementIsKeptInOrderWithItsDateAndAuthor_6_4_1() {
        Instant first = Instant.parse("2026-12-01T02:00:00Z");
        Instant second = Instant.parse("2026-12-02T03:30:00Z");
        String stored = Supplements.append(null, new Supplement(first, "qiye-1", "已附财务报表"));
        stored = Supplements.append(stored, new Supplement(second, "qiye-1", "补充：知识产权清单 \"2 项\"\n第二行"));
        List<Supplement> all = Supplements.parse(stored);
        assertEquals(2, all.size());
        assertEquals(new Supplement(first, "qiye-1", "已附财务报表"), all.get(0));
        assertEquals(new Supplement(second, "qiye-1", "补充：知识产权清单 \"2 项\"\n第二行"), all.get(1));
    }

    @Test
    public void theLatestWordIsTheLastSupplementElseTheOriginal() {
        assertEquals("原始申请", Supplements.latest("原始申请", null));
        assertEquals("原始申请", Supplements.latest("原始申请", ""));
        String stored = Supplements.append(null, new Supplement(Instant.EPOCH, "a", "补充一"));
        assertEquals("补充一", Supplements.latest("原始申请", stored));
    }

    @Test
    public void nothingStoredIsNoSupplement() {
        assertTrue(Supplements.parse(null).isEmpty());
        assertTrue(Supplements.parse("  ").isEmpty());
    }
}
