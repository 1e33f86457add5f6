package org.esip.line.consulting.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.esip.line.consulting.api.Posting;
import org.esip.line.consulting.api.PostingKind;
import org.esip.line.consulting.api.PostingType;
import org.esip.line.kit.FieldChecks;
import org.junit.Test;

/** The export's CSV (clause 5.2.5 lists staff keep) and the field checks' enum parsing. */
public class PostingTableTest {

    @Test
    public void exportQuotesAndDefusesFormulas() {
        String csv = new String(PostingTable.csv(List.of(new Posting(1, PostingKind.SUPPLY, PostingType.CAPACITY,
                "=HYPERLINK(\"x\")", "注塑, 产能", 7L, null, "C2929", "330381", BigDecimal.valueOf(100000), null, null,
                null, true, 1))), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFkind,type,title,enterpriseId"));
        assertTrue(csv, csv.contains("SUPPLY,CAPACITY,\"'=HYPERLINK(\"\"x\"\")\",7,,C2929,330381,100000,"));
        assertTrue(csv.contains("\"注塑, 产能\""));
        assertEquals("'-1", PostingTable.quote("-1"));
    }

    @Test
    public void enumsAreNamedFieldByField() {
        FieldChecks c = new FieldChecks(Consulting.TEXTS);
        assertEquals(PostingKind.DEMAND, Consulting.enumOf(c, PostingKind.class, "kind", " demand "));
        assertNull(Consulting.enumOf(c, PostingType.class, "type", "SPACESHIP"));
        assertNull(Consulting.enumOf(c, PostingType.class, "other", null));
        assertEquals(2, c.violations().size());
        assertEquals("type", c.violations().get(0).field());
        assertTrue(c.violations().get(0).message().contains("FINANCING"));
        assertEquals("other", c.violations().get(1).field());
    }
}
