package org.esip.line.policy.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.EnterpriseStatus;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.esip.registry.api.SizeSource;

/** Builds the core's enterprise records for tests and benchmarks; only what the rules read is set. */
public final class TestEnterprise {
    private final long id;
    private String region = "330302";
    private String industry = "C3823";
    private EnterpriseSize size = EnterpriseSize.SMALL;
    private Integer employees = 80;
    private BigDecimal revenue = new BigDecimal("3000");
    private LocalDate foundedOn = LocalDate.of(2015, 5, 1);
    private final List<Qualification> qualifications = new ArrayList<>();
    private Set<String> tags = Set.of();
    private EnterpriseStatus status = EnterpriseStatus.ACTIVE;

    private TestEnterprise(long id) {
        this.id = id;
    }

    public static TestEnterprise enterprise(long id) {
        return new TestEnterprise(id);
    }

    public TestEnterprise region(String code) {
        region = code;
        return this;
    }

    public TestEnterprise industry(String code) {
        industry = code;
        return this;
    }

    public TestEnterprise size(EnterpriseSize s) {
        size = s;
        return this;
    }

    public TestEnterprise employees(Integer n) {
        employees = n;
        return this;
    }

    public TestEnterprise revenue(String amount) {
        revenue = amount == null ? null : new BigDecimal(amount);
        return this;
    }

    public TestEnterprise revenue(BigDecimal amount) {
        revenue = amount;
        return this;
    }

    public TestEnterprise foundedOn(LocalDate d) {
        foundedOn = d;
        return this;
    }

    public TestEnterprise qualification(QualificationType type, LocalDate issuedOn, LocalDate validUntil) {
        qualifications.add(new Qualification(type, "Q-" + id + "-" + qualifications.size(), issuedOn, validUntil,
                null));
        return this;
    }

    public TestEnterprise tags(String... t) {
        tags = Set.of(t);
        return this;
    }

    public TestEnterprise retired() {
        status = EnterpriseStatus.RETIRED;
        return this;
    }

    public Enterprise build() {
        return new Enterprise(id, null, "测试企业" + id, region, null, null, industry, null, null, null, null, null,
                employees, revenue, null, foundedOn, size, false, null, SizeSource.of(size, false), qualifications,
                tags, Set.of(), status, status == EnterpriseStatus.RETIRED ? Instant.EPOCH : null, null,
                Instant.EPOCH, 0);
    }
}
