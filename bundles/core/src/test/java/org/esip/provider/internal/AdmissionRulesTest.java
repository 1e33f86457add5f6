package org.esip.provider.internal;

import static org.esip.provider.api.OrganisationStatus.ADMITTED;
import static org.esip.provider.api.OrganisationStatus.APPLIED;
import static org.esip.provider.api.OrganisationStatus.EXITED;
import static org.esip.provider.api.OrganisationStatus.SUSPENDED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.esip.core.api.ConflictException;
import org.esip.core.api.ValidationException;
import org.esip.provider.api.ExpertRegistration;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointRegistration;
import org.junit.Test;

/** The admission lifecycle of service organisations (clause 6.3) and the expert pool's domains (6.2.2). */
public class AdmissionRulesTest {

    @Test
    public void everyTransitionIsAllowedOrRefusedAsClause63Says() {
        Set<String> allowed = Set.of("APPLIED>ADMITTED", "APPLIED>EXITED", "ADMITTED>SUSPENDED", "ADMITTED>EXITED",
                "SUSPENDED>ADMITTED", "SUSPENDED>EXITED");
        int checked = 0;
        for (OrganisationStatus from : OrganisationStatus.values()) {
            for (OrganisationStatus to : OrganisationStatus.values()) {
                String t = from + ">" + to;
                if (allowed.contains(t)) {
                    AdmissionRules.check(from, to);
                } else {
                    ConflictException e = assertThrows(t, ConflictException.class, () -> AdmissionRules.check(from, to));
                    assertEquals("status", e.field());
                }
                checked++;
            }
        }
        assertEquals(16, checked);
        assertEquals(EnumSet.noneOf(OrganisationStatus.class), AdmissionRules.allowedFrom(EXITED));
        ConflictException e = assertThrows(ConflictException.class, () -> AdmissionRules.check(APPLIED, SUSPENDED));
        assertEquals("服务机构不能从 APPLIED 变为 SUSPENDED；可变为：ADMITTED, EXITED", e.messageZh());
        assertEquals(EnumSet.of(SUSPENDED, EXITED), AdmissionRules.allowedFrom(ADMITTED));
    }

    @Test
    public void expertsArePooledForTheElevenTechnicalDomainsOnly() {
        assertEquals(11, Arrays.stream(ServiceDomain.values()).filter(ServiceDomain::technical).count());
        ValidationException e = assertThrows(ValidationException.class, () -> ProviderRules.expert(
                new ExpertRegistration(null, "赵", null, Set.of(ServiceDomain.FINANCING), null, null, null, null, null,
                        null, null, null), false));
        assertEquals("domains", e.violations().get(0).field());
        ProviderRules.expert(new ExpertRegistration(null, "赵", "33030219800101123x", Set.of(ServiceDomain.EXPERIMENT),
                null, null, null, null, null, null, null, null), false);
    }

    @Test
    public void aTownshipCentreNamesItsTownship() {
        ValidationException e = assertThrows(ValidationException.class, () -> ProviderRules.point(
                new ServicePointRegistration(null, "330382-LS", "柳市镇企业服务中心", ServicePointKind.TOWNSHIP_CENTRE,
                        "330382", null, null, null), false, null));
        assertEquals("township", e.violations().get(0).field());
    }
}
