package org.esip.line.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;

import org.esip.line.training.api.AudienceCheck;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.SizeSource;
import org.junit.Test;

/** A session's audience (clause 5.2.3.1): region, industry and size, explained; unknown data do not exclude. */
public class AudienceTest {

    static Enterprise enterprise(String region, String industry, EnterpriseSize size) {
        return new Enterprise(7, "91330302MA2P0L0A1X", "鹿城测试鞋业有限公司", region, null, null, industry, null, null, null,
                null, null, null, null, null, null, size, false, null, size == null ? SizeSource.UNKNOWN
                : SizeSource.COMPUTED, List.of(), null, null, EnterpriseStatus.ACTIVE, null, null, Instant.EPOCH, 0);
    }

    @Test
    public void anEmptyAudienceIsOpenToAll() {
        AudienceCheck c = new Audience(List.of(), List.of(), List.of()).check(1, enterprise(null, null, null));
        assertTrue(c.fits());
        assertEquals(3, c.conditions().size());
        assertTrue(c.conditions().stream().allMatch(x -> Audience.MET.equals(x.result())));
    }

    @Test
    public void regionAndIndustryMatchByPrefixAndSizeExactly() {
        Audience a = new Audience(List.of("3303"), List.of("C18", "C19"), List.of("SMALL", "MICRO"));
        assertTrue(a.check(1, enterprise("330302", "C1811", EnterpriseSize.SMALL)).fits());
        AudienceCheck outside = a.check(1, enterprise("330102", "C1811", EnterpriseSize.LARGE));
        assertFalse(outside.fits());
        assertEquals(Audience.NOT_MET, outside.conditions().get(0).result());
        assertEquals(Audience.MET, outside.conditions().get(1).result());
        assertEquals(Audience.NOT_MET, outside.conditions().get(2).result());
        assertTrue(outside.conditions().get(0).explanationZh(), outside.conditions().get(0).explanationZh().contains("330102"));
        assertTrue(outside.conditions().get(0).explanationEn().contains("is not among 3303"));
    }

    @Test
    public void whatTheEnterpriseHasNotGivenIsUnknownAndDoesNotExclude() {
        AudienceCheck c = new Audience(List.of("3303"), List.of("C"), List.of("SMALL")).check(1,
                enterprise("330381", null, null));
        assertTrue(c.fits());
        assertEquals(Audience.UNKNOWN, c.conditions().get(1).result());
        assertEquals(Audience.UNKNOWN, c.conditions().get(2).result());
    }
}
