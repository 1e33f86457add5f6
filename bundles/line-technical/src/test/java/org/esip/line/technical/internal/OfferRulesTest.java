package org.esip.line.technical.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.esip.core.api.FieldViolation;
import org.esip.line.technical.api.OfferDraft;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationStatus;
import org.esip.provider.api.ServiceDomain;
import org.junit.Test;

/** Clause 5.2.4.1 with 6.3.2: an offer rests on a valid qualification of an admitted organisation. */
public class OfferRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static Organisation org(OrganisationStatus status, OrganisationQualification... qualifications) {
        return new Organisation(7, "91330302MA2K0A0A1X", "温州测试检测技术有限公司", "330302", null, null, null, null,
                Set.of(ServiceDomain.INSPECTION_TESTING), List.of(qualifications), false, true, null, null, false,
                Set.of(), status, null, null, null, 1);
    }

    static final OrganisationQualification CMA = new OrganisationQualification("检验检测机构资质认定 CMA", "231100001234",
            "浙江省市场监督管理局", LocalDate.of(2099, 12, 31), false);
    static final OrganisationQualification OLD = new OrganisationQualification("计量授权证书", "JL-2019-07", "温州市市场监督管理局",
            LocalDate.of(2021, 6, 30), null);

    @Test
    public void anActiveOfferOfAnAdmittedOrganisationOnAValidQualificationIsBookable() {
        assertTrue(OfferRules.refusal(true, org(OrganisationStatus.ADMITTED, CMA), "检验检测机构资质认定 CMA", null, TODAY).isEmpty());
        assertTrue(OfferRules.refusal(true, org(OrganisationStatus.ADMITTED, CMA), "检验检测机构资质认定 CMA", "231100001234",
                TODAY).isEmpty());
    }

    @Test
    public void anExpiredQualificationMakesItUnbookableWithA422NamingIt() {
        OfferRules.Refusal r = OfferRules.refusal(true, org(OrganisationStatus.ADMITTED, CMA, OLD), "计量授权证书", null, TODAY)
                .orElseThrow();
        assertEquals("offer.qualification-expired", r.key());
        assertEquals("qualification", r.field());
        assertTrue(r.unprocessable());
        assertTrue(Technical.TEXTS.zh(r.key(), r.args()).contains("计量授权证书"));
        assertTrue(Technical.TEXTS.zh(r.key(), r.args()).contains("2021-06-30"));
        // The last valid day is still valid.
        assertTrue(OfferRules.refusal(true, org(OrganisationStatus.ADMITTED, OLD), "计量授权证书", null,
                LocalDate.of(2021, 6, 30)).isEmpty());
    }

    @Test
    public void aSuspendedOrganisationOrAWithdrawnOfferOrAQualificationNoLongerHeldIsRefused() {
        assertEquals("offer.organisation-not-admitted", OfferRules.refusal(true, org(OrganisationStatus.SUSPENDED, CMA),
                "检验检测机构资质认定 CMA", null, TODAY).orElseThrow().key());
        assertFalse(OfferRules.refusal(true, org(OrganisationStatus.SUSPENDED, CMA), "检验检测机构资质认定 CMA", null, TODAY)
                .orElseThrow().unprocessable());
        assertEquals("offer.inactive", OfferRules.refusal(false, org(OrganisationStatus.ADMITTED, CMA),
                "检验检测机构资质认定 CMA", null, TODAY).orElseThrow().key());
        assertEquals("offer.qualification-missing", OfferRules.refusal(true, org(OrganisationStatus.ADMITTED, CMA),
                "检验检测机构资质认定 CMA", "000", TODAY).orElseThrow().key());
    }

    @Test
    public void aDraftNamesEveryBadField() {
        List<FieldViolation> v = Offers.check(new OfferDraft(7L, "FINANCING", "", null, "无此资质", null,
                new BigDecimal("-1"), new BigDecimal("5"), null, 0, "TELEPATHY", null, null),
                org(OrganisationStatus.ADMITTED, CMA), true);
        List<String> fields = v.stream().map(FieldViolation::field).toList();
        assertEquals(List.of("domain", "title", "scope", "qualificationType", "priceMin", "durationDays", "mode", "version"),
                fields);
        assertTrue(Offers.check(new OfferDraft(7L, "检验检测", "检测", "范围", "检验检测机构资质认定 CMA", null,
                new BigDecimal("800"), new BigDecimal("5000"), "元", 7, "both", null, null),
                org(OrganisationStatus.ADMITTED, CMA), false).isEmpty());
        assertEquals(List.of("priceMax"), Offers.check(new OfferDraft(7L, "检验检测", "检测", "范围", "检验检测机构资质认定 CMA",
                null, new BigDecimal("800"), new BigDecimal("500"), "元", 7, "ONLINE", null, null),
                org(OrganisationStatus.ADMITTED, CMA), false).stream().map(FieldViolation::field).toList());
    }

    @Test
    public void domainsAreTheElevenTechnicalOnesByNameOrChineseName() {
        assertEquals(ServiceDomain.QUALITY_EVALUATION, Offers.domain("质量控制和技术评价"));
        assertEquals(ServiceDomain.ENERGY_ENVIRONMENT, Offers.domain("energy_environment"));
        assertEquals(null, Offers.domain("FINANCING"));
        assertEquals(11, Arrays.stream(ServiceDomain.values()).filter(d -> Offers.domain(d.nameZh()) != null).count());
        assertEquals("BOTH", TechnicalImport.mode("线上线下"));
        assertEquals("OFFLINE", TechnicalImport.mode("线下"));
    }
}
