package org.esip.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.audit.api.AuditEntry;
import org.esip.audit.api.AuditQuery;
import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseAttributes;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The enterprise registry (clause 4.4.2) as a service on a real database: in-memory Derby after the Flyway migrations,
 * EclipseLink, the audit trail — without booting the distribution.
 */
public class EnterpriseServiceImplTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private EnterpriseServiceImpl enterprises;

    @Before
    public void start() {
        core = new InMemoryCore();
        enterprises = new EnterpriseServiceImpl(core.jpa, core.audit);
    }

    @After
    public void stop() throws IOException {
        core.close();
    }

    private static String creditCode(int n) {
        return UnifiedSocialCreditCode.withCheckCharacter(String.format("91330302MA%07d", n));
    }

    private static EnterpriseRegistration registration(String code, String phone) {
        return new EnterpriseRegistration(null, code, "温州鹿城眼镜有限公司", "330302", null, "温州市鹿城区", "C3587", null,
                "王经理", phone, null, 45, new BigDecimal("1800.00"), null, LocalDate.of(2015, 3, 1), null, null,
                Set.of("眼镜"));
    }

    @Test
    public void readsEveryActiveEnterpriseInPagesByIdWithItsTags() {
        List<Long> ids = new ArrayList<>();
        for (int n = 31; n <= 35; n++) {
            ids.add(enterprises.register(STAFF, registration(creditCode(n), "1380000003" + (n - 30))).id());
        }
        Enterprise gone = enterprises.get(ids.get(2));
        enterprises.retire(STAFF, gone.id(), gone.version(), "注销 deregistered");

        List<Enterprise> first = enterprises.activeAfter(0, 2);
        assertEquals(List.of(ids.get(0), ids.get(1)), first.stream().map(Enterprise::id).toList());
        assertTrue(first.get(0).tags().contains("眼镜"));
        List<Enterprise> second = enterprises.activeAfter(first.get(1).id(), 2);
        assertEquals("the retired one is skipped", List.of(ids.get(3), ids.get(4)),
                second.stream().map(Enterprise::id).toList());
        assertEquals(List.of(), enterprises.activeAfter(second.get(1).id(), 2));
        assertEquals(4, enterprises.activeAfter(0, 100_000).size());
    }

    @Test
    public void readsTheAttributesOfEveryActiveEnterpriseInPagesByIdAsTheirRecordsHoldThem() {
        List<Long> ids = new ArrayList<>();
        for (int n = 41; n <= 45; n++) {
            ids.add(enterprises.register(STAFF, registration(creditCode(n), "1380000004" + (n - 40))).id());
        }
        Enterprise gone = enterprises.get(ids.get(2));
        enterprises.retire(STAFF, gone.id(), gone.version(), "注销 deregistered");
        // One with two qualifications (one run out), several tags and no founding date, employees nor revenue.
        Enterprise varied = enterprises.get(ids.get(3));
        enterprises.update(STAFF, varied.id(), new EnterpriseRegistration(varied.version(), varied.creditCode(),
                varied.name(), "330381", null, null, "I6513", null, null, "13800000444", null, null, null, null, null,
                null, List.of(new Qualification(QualificationType.HIGH_TECH, "GR2024", LocalDate.of(2024, 1, 1), null,
                        null), new Qualification(QualificationType.TECH_SME, null, null, LocalDate.of(2020, 12, 31),
                                null)),
                Set.of("眼镜", "出口", "自定义")));

        List<EnterpriseAttributes> first = enterprises.attributesAfter(0, 2);
        assertEquals(List.of(ids.get(0), ids.get(1)), first.stream().map(EnterpriseAttributes::id).toList());
        List<EnterpriseAttributes> second = enterprises.attributesAfter(first.get(1).id(), 2);
        assertEquals("the retired one is skipped", List.of(ids.get(3), ids.get(4)),
                second.stream().map(EnterpriseAttributes::id).toList());
        assertEquals(List.of(), enterprises.attributesAfter(second.get(1).id(), 2));

        // Each page holds what the whole records hold, field by field.
        List<EnterpriseAttributes> all = enterprises.attributesAfter(0, 100_000);
        List<Enterprise> records = enterprises.activeAfter(0, 100_000);
        assertEquals(4, all.size());
        for (int i = 0; i < records.size(); i++) {
            Enterprise e = records.get(i);
            EnterpriseAttributes a = all.get(i);
            assertEquals(e.id(), a.id());
            assertEquals(e.regionCode(), a.regionCode());
            assertEquals(e.industryCode(), a.industryCode());
            assertEquals(e.size(), a.size());
            assertEquals(e.employees(), a.employees());
            assertEquals(e.annualRevenue(), a.annualRevenue());
            assertEquals(e.foundedOn(), a.foundedOn());
            assertEquals(e.tags(), a.tags());
            assertEquals(e.qualifications().stream().map(q -> new Qualification(q.type(), null, q.issuedOn(),
                    q.validUntil(), q.expired())).collect(Collectors.toSet()), Set.copyOf(a.qualifications()));
        }
        EnterpriseAttributes v = all.get(2);
        assertEquals(Set.of("眼镜", "出口", "自定义"), v.tags());
        assertEquals(2, v.qualifications().size());
        assertEquals(null, v.foundedOn());
        assertEquals(null, v.employees());
        assertEquals(Set.of("眼镜"), all.get(0).tags());
        assertEquals(List.of(), all.get(0).qualifications());
    }

    @Test
    public void registersAnEnterpriseClassifiesItsSizeAndAuditsTheRegistration() {
        Enterprise e = enterprises.register(STAFF, registration(creditCode(1), "13800000001"));
        Enterprise read = enterprises.get(e.id());
        assertEquals("温州鹿城眼镜有限公司", read.name());
        assertEquals("13800000001", read.contactPhone());
        assertEquals(EnterpriseStatus.ACTIVE, read.status());
        // GB/T 4754 manufacturing, 45 employees and 1 800 万元 revenue: small (小型) by the SME criteria.
        assertEquals(EnterpriseSize.SMALL, read.size());
        List<AuditEntry> audit = core.audit.search(new AuditQuery(null, Long.toString(e.id()), "staff1", null, null),
                new PageRequest(0, 20)).items();
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).changes(), audit.get(0).changes().contains("温州鹿城眼镜有限公司"));
    }

    @Test
    public void keepsTheContactPhoneEncryptedAtRest() throws SQLException {
        Enterprise e = enterprises.register(STAFF, registration(creditCode(2), "13800000002"));
        try (Connection c = core.connection();
                PreparedStatement s = c.prepareStatement("SELECT CONTACT_PHONE FROM ENTERPRISE WHERE ID = ?")) {
            s.setLong(1, e.id());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                String stored = r.getString(1);
                assertFalse(stored, stored.contains("13800000002"));
                assertNotEquals("13800000002", stored);
            }
        }
        assertFalse("the audit log holds no personal data", core.audit.search(AuditQuery.all(), new PageRequest(0, 20))
                .items().stream().anyMatch(a -> a.changes() != null && a.changes().contains("13800000002")));
    }

    @Test
    public void refusesASecondRegistrationOfOneCreditCodeAndKeepsTheFirst() {
        String code = creditCode(3);
        Enterprise first = enterprises.register(STAFF, registration(code, "13800000003"));
        ConflictException refused = assertThrows(ConflictException.class,
                () -> enterprises.register(STAFF, registration(code, "13900000009")));
        assertTrue(refused.getMessage(), refused.getMessage().contains(code));
        assertEquals(1, enterprises.count());
        assertEquals("13800000003", enterprises.findByCreditCode(code).orElseThrow().contactPhone());
        assertEquals("the refused registration left no audit entry", 1,
                core.audit.search(AuditQuery.all(), new PageRequest(0, 20)).total());
        assertEquals(first.id(), enterprises.findByCreditCode(code).orElseThrow().id());
    }

    @Test
    public void refusesAnInvalidCreditCodeNamingTheFieldAndStoresNothing() {
        String wrongCheck = creditCode(4).substring(0, 17) + (creditCode(4).endsWith("0") ? "1" : "0");
        ValidationException refused = assertThrows(ValidationException.class,
                () -> enterprises.register(STAFF, registration(wrongCheck, "13800000004")));
        assertTrue(refused.violations().stream().anyMatch(v -> v.field().equals("creditCode")));
        assertEquals(0, enterprises.count());
    }

    @Test
    public void aStaleVersionIsAConflictAndTheNewerChangeStays() {
        Enterprise e = enterprises.register(STAFF, registration(creditCode(5), "13800000005"));
        Enterprise retired = enterprises.retire(STAFF, e.id(), e.version(), "注销 deregistered");
        assertEquals(EnterpriseStatus.RETIRED, retired.status());
        // A second person retiring from the same (now stale) page.
        assertThrows(ConflictException.class, () -> enterprises.retire(STAFF, e.id(), e.version(), "again"));
        assertEquals("注销 deregistered", enterprises.get(e.id()).retireReason());
    }
}
