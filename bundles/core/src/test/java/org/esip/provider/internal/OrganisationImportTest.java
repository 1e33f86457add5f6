package org.esip.provider.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.testkit.InMemoryCore;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationStatus;
import org.esip.registry.api.ImportReport;
import org.esip.registry.api.UnifiedSocialCreditCode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The organisation import, stored a chunk at a time: new, unchanged and changed rows. */
public class OrganisationImportTest {
    private static final Actor STAFF = new Actor("staff1", Set.of(Role.STAFF), null, null, null);
    private InMemoryCore core;
    private OrganisationServiceImpl organisations;

    @Before
    public void start() {
        core = new InMemoryCore();
        organisations = new OrganisationServiceImpl(core.jpa, core.audit);
    }

    @After
    public void stop() throws IOException {
        core.close();
    }

    private static String code(int n) {
        return UnifiedSocialCreditCode.withCheckCharacter(String.format("52330302MJ%07d", n));
    }

    private static byte[] csv(int rows, String suffix) {
        StringBuilder b = new StringBuilder("统一社会信用代码,机构名称,所属区划代码,服务领域\n");
        for (int i = 1; i <= rows; i++) {
            b.append(code(i)).append(",温州检测服务中心").append(i).append(suffix).append(",330302,检验检测\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    public void newUnchangedAndChangedRowsAcrossChunks() {
        ImportReport first = organisations.importTable(STAFF, csv(1_100, ""), TableFormat.CSV, false);
        assertTrue(first.rows().get(0).errors().toString(), first.committed());
        assertEquals(1_100, first.created());
        Organisation o = organisations.findByCreditCode(code(1_050)).orElseThrow();
        assertEquals(OrganisationStatus.APPLIED, o.status());

        ImportReport again = organisations.importTable(STAFF, csv(1_100, ""), TableFormat.CSV, false);
        assertEquals(1_100, again.unchanged());
        assertEquals(o.version(), organisations.findByCreditCode(code(1_050)).orElseThrow().version());

        ImportReport renamed = organisations.importTable(STAFF, csv(1_100, "（新）"), TableFormat.CSV, false);
        assertEquals(1_100, renamed.updated());
        assertEquals("温州检测服务中心1050（新）", organisations.findByCreditCode(code(1_050)).orElseThrow().name());
    }
}
