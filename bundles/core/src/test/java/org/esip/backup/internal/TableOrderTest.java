package org.esip.backup.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

public class TableOrderTest {

    /** The platform's own foreign keys (V1–V10): every parent comes before its children. */
    private static final Map<String, Set<String>> ESIP = Map.ofEntries(
            Map.entry("ENTERPRISE", Set.of()),
            Map.entry("ENTERPRISE_TAG", Set.of("ENTERPRISE")),
            Map.entry("ENTERPRISE_QUALIFICATION", Set.of("ENTERPRISE")),
            Map.entry("TICKET", Set.of("ENTERPRISE")),
            Map.entry("TICKET_EVENT", Set.of("TICKET")),
            Map.entry("ACCOUNT", Set.of("ENTERPRISE", "ORGANISATION", "EXPERT")),
            Map.entry("ACCOUNT_ROLE", Set.of("ACCOUNT")),
            Map.entry("ORGANISATION", Set.of()),
            Map.entry("ORGANISATION_TAG", Set.of("ORGANISATION")),
            Map.entry("EXPERT", Set.of()),
            Map.entry("STAFF", Set.of()),
            Map.entry("SERVICE_POINT", Set.of()),
            Map.entry("STAFF_SERVICE_POINT", Set.of("STAFF", "SERVICE_POINT")),
            Map.entry("NOTIFICATION", Set.of()),
            Map.entry("NOTIFICATION_DELIVERY", Set.of("NOTIFICATION")),
            Map.entry("AUDIT_EVENT", Set.of()));

    @Test
    public void parentsComeBeforeTheirChildren() {
        List<String> order = TableOrder.parentsFirst(ESIP.keySet(), ESIP);
        assertEquals(ESIP.size(), order.size());
        ESIP.forEach((child, parents) -> parents.forEach(parent -> assertTrue(parent + " before " + child + ": " + order,
                order.indexOf(parent) < order.indexOf(child))));
    }

    @Test
    public void childrenFirstIsTheReverse() {
        List<String> parentsFirst = TableOrder.parentsFirst(ESIP.keySet(), ESIP);
        List<String> childrenFirst = TableOrder.childrenFirst(ESIP.keySet(), ESIP);
        for (int i = 0; i < parentsFirst.size(); i++) {
            assertEquals(parentsFirst.get(i), childrenFirst.get(childrenFirst.size() - 1 - i));
        }
        assertTrue(childrenFirst.indexOf("ACCOUNT_ROLE") < childrenFirst.indexOf("ACCOUNT"));
        assertTrue(childrenFirst.indexOf("ACCOUNT") < childrenFirst.indexOf("ENTERPRISE"));
    }

    @Test
    public void theOrderIsStableAndByNameAmongEquals() {
        assertEquals(List.of("A", "B", "C"), TableOrder.parentsFirst(Set.of("C", "A", "B"), Map.of()));
        assertEquals(List.of("B", "C", "A"), TableOrder.parentsFirst(Set.of("C", "A", "B"), Map.of("A", Set.of("C"))));
    }

    @Test
    public void selfReferencesAndForeignTablesAreIgnored() {
        assertEquals(List.of("NODE", "X"), TableOrder.parentsFirst(Set.of("X", "NODE"),
                Map.of("NODE", Set.of("NODE", "ELSEWHERE"), "X", Set.of("NODE"))));
    }

    @Test
    public void aCycleIsReportedWithItsTables() {
        try {
            TableOrder.parentsFirst(Set.of("A", "B", "C", "D"), Map.of("A", Set.of("B"), "B", Set.of("A"),
                    "C", Set.of("D")));
            fail("a cycle must be refused");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("[A, B]"));
        }
    }
}
