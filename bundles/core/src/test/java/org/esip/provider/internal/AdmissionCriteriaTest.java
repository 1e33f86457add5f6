package org.esip.provider.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;
import org.junit.Test;

/** Clause 6.3.2 a) qualification, b) credit without bad records, c) capability (a service domain). */
public class AdmissionCriteriaTest {
    private static Organisation org(List<OrganisationQualification> q, boolean creditGood, String note,
            Set<ServiceDomain> domains) {
        return new Organisation(1, "91330382MA2M0B0B1X", "乐清检测", "330382", null, null, null, null, domains, q,
                false, creditGood, note, Presence.BOTH, false, Set.of(), OrganisationStatus.APPLIED, null, null, null, 0);
    }

    private static final OrganisationQualification VALID = new OrganisationQualification("CMA", "ZJ1", "浙江省市场监管局",
            LocalDate.of(2099, 12, 31), false);
    private static final OrganisationQualification EXPIRED = new OrganisationQualification("CMA", "ZJ0", "浙江省市场监管局",
            LocalDate.of(2020, 1, 1), true);

    @Test
    public void aQualifiedOrganisationInGoodStandingWithADomainMeetsEveryCriterion_6_3_2() {
        assertTrue(AdmissionCriteria.failures(org(List.of(EXPIRED, VALID), true, null, Set.of(ServiceDomain.INSPECTION_TESTING)))
                .isEmpty());
    }

    @Test
    public void badCreditAndNoValidQualificationAreEachAReason_6_3_2() {
        List<AdmissionCriteria.Failure> failed = AdmissionCriteria.failures(org(List.of(EXPIRED), false, "经营异常名录",
                Set.of(ServiceDomain.INSPECTION_TESTING)));
        assertEquals(List.of("no-qualification", "bad-credit"), failed.stream().map(AdmissionCriteria.Failure::code).toList());
        assertTrue(failed.get(1).zh(), failed.get(1).zh().contains("经营异常名录"));
        assertTrue(failed.get(1).en(), failed.get(1).en().contains("credit"));
    }

    @Test
    public void noQualificationAtAllAndNoDomainAreRefused_6_3_2() {
        assertEquals(List.of("no-qualification", "no-domain"), AdmissionCriteria.failures(org(List.of(), true, null, Set.of()))
                .stream().map(AdmissionCriteria.Failure::code).toList());
    }
}
