package org.esip.registry.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.esip.audit.api.AuditQuery;
import org.esip.core.api.Actor;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.table.TableImport;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A large enterprise import on a real database: all rows or none. */
public class EnterpriseImportTest {
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

    /** {@code rows} enterprises in the import layout; the last row's region code is {@code lastRegion}. */
    static byte[] csv(int rows, String lastRegion) {
        StringBuilder b = new StringBuilder(
                "统一社会信用代码,企业名称,所属区划代码,行业代码,联系人,联系电话,从业人员,营业收入(万元),成立日期,资质荣誉,标签\n");
        for (int i = 1; i <= rows; i++) {
            String code = UnifiedSocialCreditCode.withCheckCharacter(String.format("91330302MA%07d", i));
            b.append(code).append(",温州测试企业").append(i).append("有限公司,")
                    .append(i == rows ? lastRegion : "330302").append(",C3587,王经理,1380000")
                    .append(String.format("%04d", i % 10000)).append(',').append(10 + i % 200).append(',')
                    .append(1000 + i % 5000).append(",2015-03-01,HIGH_TECH|GR2023").append(i)
                    .append("|2023-01-01|2026-12-31,眼镜\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void twentyThousandRowsWithAnErrorInTheLastStoreNothingAndNameTheRowAndField() {
        ImportReport report = enterprises.importTable(STAFF, csv(20_000, "3303"), TableFormat.CSV, false);
        assertFalse(report.committed());
        assertEquals(20_000, report.total());
        assertEquals(1, report.rejected());
        ImportReport.Row last = report.rows().get(19_999);
        assertEquals(20_001, last.row());
        assertEquals(ImportReport.Outcome.REJECTED, last.outcome());
        assertEquals("regionCode", last.errors().get(0).field());
        assertEquals(0, enterprises.count());
    }

    @Test
    public void rowsAreStoredAndProgressIsToldAsTheImportRuns() {
        List<ImportProgress> seen = new ArrayList<>();
        ImportReport report = enterprises.importTable(STAFF, csv(5_000, "330302"), TableFormat.CSV, false,
                p -> {
                    // While the import runs, what a console or a page polling it would read.
                    seen.add(p);
                });
        assertTrue(report.committed());
        assertEquals(5_000, report.created());
        assertEquals(5_000, enterprises.count());
        assertEquals(new ImportProgress(ImportProgress.Phase.CHECKING, 5_000, 0, 0), seen.get(0));
        assertEquals(new ImportProgress(ImportProgress.Phase.CHECKING, 5_000, TableImport.CHUNK, 0), seen.get(1));
        assertTrue(seen.contains(new ImportProgress(ImportProgress.Phase.STORING, 5_000, 5_000, 0)));
        assertTrue(seen.contains(new ImportProgress(ImportProgress.Phase.STORING, 5_000, 5_000, 2_500)));
        assertEquals(new ImportProgress(ImportProgress.Phase.DONE, 5_000, 5_000, 5_000), seen.get(seen.size() - 1));
        // Phases in order, counts never going back.
        for (int i = 1; i < seen.size(); i++) {
            ImportProgress a = seen.get(i - 1);
            ImportProgress b = seen.get(i);
            assertTrue(a + " then " + b, a.phase().compareTo(b.phase()) <= 0 && a.checked() <= b.checked()
                    && a.stored() <= b.stored());
        }
        assertEquals(5_000, core.audit.search(new AuditQuery("enterprise", null, "staff1", null, null),
                new PageRequest(0, 1)).total());
    }

    @Test
    public void reimportingAnExportChangesNothing() {
        byte[] file = csv(1_200, "330302");
        assertEquals(1_200, enterprises.importTable(STAFF, file, TableFormat.CSV, false).created());
        byte[] export = enterprises.exportTable(null, TableFormat.CSV);
        ImportReport again = enterprises.importTable(STAFF, export, TableFormat.CSV, false);
        assertTrue(again.committed());
        assertEquals(1_200, again.unchanged());
        ImportReport renamed = enterprises.importTable(STAFF,
                new String(file, StandardCharsets.UTF_8).replace("有限公司", "股份有限公司").getBytes(StandardCharsets.UTF_8),
                TableFormat.CSV, false);
        assertEquals(1_200, renamed.updated());
        assertTrue(enterprises.findByCreditCode(UnifiedSocialCreditCode.withCheckCharacter("91330302MA0001199"))
                .orElseThrow().name().endsWith("股份有限公司"));
    }

    /** A new record's qualifications (in their order, with or without number and dates) and tags are all stored. */
    @Test
    public void importedQualificationsAndTagsAreStoredWithEveryField() {
        String code = UnifiedSocialCreditCode.withCheckCharacter("91330302MA0000777");
        String file = "统一社会信用代码,企业名称,所属区划代码,行业代码,联系人,联系电话,从业人员,营业收入(万元),成立日期,资质荣誉,标签\n"
                + code + ",温州资质企业有限公司,330302,C3587,王经理,13800000777,20,1500,2015-03-01,"
                + "HIGH_TECH|GR2023777|2023-01-01|2026-12-31；TECH_SME,眼镜；鞋服\n";
        assertEquals(1, enterprises.importTable(STAFF, file.getBytes(StandardCharsets.UTF_8), TableFormat.CSV, false)
                .created());
        Enterprise stored = enterprises.findByCreditCode(code).orElseThrow();
        assertEquals(2, stored.qualifications().size());
        Qualification first = stored.qualifications().get(0);
        assertEquals(QualificationType.HIGH_TECH, first.type());
        assertEquals("GR2023777", first.number());
        assertEquals(LocalDate.of(2023, 1, 1), first.issuedOn());
        assertEquals(LocalDate.of(2026, 12, 31), first.validUntil());
        Qualification second = stored.qualifications().get(1);
        assertEquals(QualificationType.TECH_SME, second.type());
        assertNull(second.number());
        assertNull(second.issuedOn());
        assertNull(second.validUntil());
        assertTrue(stored.tags().containsAll(Set.of("眼镜", "鞋服")));
        assertEquals(2, stored.tags().size());
    }
}
