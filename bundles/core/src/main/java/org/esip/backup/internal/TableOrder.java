package org.esip.backup.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The order in which tables are filled so that every foreign key finds its parent row: parents first.
 * Deleting goes the other way round. Pure, so it is tested without a database.
 */
final class TableOrder {
    private TableOrder() {
    }

    /**
     * @param tables    every table
     * @param parentsOf for a table, the tables its foreign keys reference; a table referencing itself and
     *                  references to tables outside {@code tables} are ignored
     * @return {@code tables}, each after all its parents; ties in name order, so the order is stable
     * @throws IllegalStateException when the foreign keys form a cycle, naming its tables
     */
    static List<String> parentsFirst(Collection<String> tables, Map<String, ? extends Collection<String>> parentsOf) {
        Set<String> all = new TreeSet<>(tables);
        Map<String, Set<String>> waitingFor = new HashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        for (String table : all) {
            Set<String> parents = new HashSet<>();
            Collection<String> declared = parentsOf.get(table);
            for (String parent : declared == null ? List.<String>of() : declared) {
                if (!parent.equals(table) && all.contains(parent)) {
                    parents.add(parent);
                    children.computeIfAbsent(parent, p -> new HashSet<>()).add(table);
                }
            }
            waitingFor.put(table, parents);
        }
        TreeSet<String> ready = new TreeSet<>();
        waitingFor.forEach((table, parents) -> {
            if (parents.isEmpty()) {
                ready.add(table);
            }
        });
        List<String> order = new ArrayList<>(all.size());
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            order.add(next);
            for (String child : children.getOrDefault(next, Set.of())) {
                Set<String> parents = waitingFor.get(child);
                parents.remove(next);
                if (parents.isEmpty()) {
                    ready.add(child);
                }
            }
        }
        if (order.size() < all.size()) {
            Set<String> cycle = new TreeSet<>(all);
            cycle.removeAll(order);
            throw new IllegalStateException("the foreign keys of these tables form a cycle: " + cycle);
        }
        return order;
    }

    /** {@link #parentsFirst} reversed: the order to delete in. */
    static List<String> childrenFirst(Collection<String> tables, Map<String, ? extends Collection<String>> parentsOf) {
        List<String> order = new ArrayList<>(parentsFirst(tables, parentsOf));
        Collections.reverse(order);
        return order;
    }
}
