package org.esip.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceUnitUtil;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.internal.Pages;
import org.esip.core.internal.i18n.Violations;

/**
 * A registry search as JPQL: criteria left null are skipped, the sort key is checked against the keys
 * the registry allows (400 on field {@code sort} otherwise), and the page is read with its total.
 * Entity alias is always {@code e}.
 */
public final class Search {
    /**
     * Offset pages deeper than this many records read their ids first ({@link #deferred}); shallower pages read
     * their records directly (one query instead of two).
     */
    public static final int DEFERRED_FROM = 1000;

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Search and(String clause) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(clause);
        return this;
    }

    /** {@code path = value} */
    public Search equal(String path, Object value) {
        if (value != null) {
            String name = "p" + params.size();
            params.put(name, value);
            and(path + " = :" + name);
        }
        return this;
    }

    /** {@code path NOT IN values} (skipped when there are none) */
    public Search notIn(String path, Collection<?> values) {
        if (values != null && !values.isEmpty()) {
            String name = "p" + params.size();
            params.put(name, values);
            and(path + " NOT IN :" + name);
        }
        return this;
    }

    /** A condition of its own, with one named parameter (a name not of the form {@code p<n>}). */
    public Search where(String clause, String parameter, Object value) {
        params.put(parameter, value);
        return and(clause);
    }

    /** {@code path IS NULL} */
    public Search isNull(String path) {
        return and(path + " IS NULL");
    }

    /** {@code path} starts with {@code prefix} */
    public Search prefix(String path, String prefix) {
        if (prefix != null && !prefix.isBlank()) {
            String name = "p" + params.size();
            params.put(name, prefix.strip().replace("%", "").replace("_", "") + "%");
            and(path + " LIKE :" + name);
        }
        return this;
    }

    /** Any of {@code paths} contains {@code text}, case-insensitively. */
    public Search contains(String text, String... paths) {
        if (text != null && !text.isBlank()) {
            String name = "p" + params.size();
            params.put(name, "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            StringBuilder any = new StringBuilder("(");
            for (int i = 0; i < paths.length; i++) {
                any.append(i == 0 ? "" : " OR ").append("LOWER(").append(paths[i]).append(") LIKE :").append(name);
            }
            and(any.append(")").toString());
        }
        return this;
    }

    /** {@code value MEMBER OF collection} */
    public Search member(Object value, String collection) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            String name = "p" + params.size();
            params.put(name, value instanceof String s ? s.strip() : value);
            and(":" + name + " MEMBER OF " + collection);
        }
        return this;
    }

    /** {@code path} is {@code value} (a BOOLEAN column; bound as a parameter, which Derby and PostgreSQL both take). */
    public Search flag(String path, Boolean value) {
        return equal(path, value);
    }

    /**
     * The ORDER BY for a sort key ({@code name} or {@code -name}), ending with the id so pages are stable.
     *
     * @param keys sort key to entity path
     */
    public static String order(String sort, Map<String, String> keys) {
        if (sort == null || sort.isBlank()) {
            return "e.id";
        }
        String key = sort.strip();
        boolean descending = key.startsWith("-");
        String path = keys.get(descending ? key.substring(1) : key);
        if (path == null) {
            new Violations().add("sort", "sort.unknown", String.join(", ", new TreeSet<>(keys.keySet()))).throwIfAny();
        }
        return path + (descending ? " DESC" : "") + ", e.id";
    }

    /** Conditions of its own, written with the named parameters given (names not of the form {@code p<n>}). */
    public Search where(String clause, Map<String, Object> parameters) {
        params.putAll(parameters);
        return and(clause);
    }

    /** Reads one page of {@code entity} matching the criteria, mapped to DTOs (offset paging only). */
    public <E, T> Page<T> page(EntityManager em, Class<E> entity, String order, PageRequest request,
            List<String> batchFetch, Function<E, T> dto) {
        return read(em, entity, order, null, request, batchFetch, dto);
    }

    /**
     * Reads one page of {@code entity} in the keyset's order, mapped to DTOs: after the request's cursor when it
     * has one (a cursor that is not one of ours is a 400 on {@code after}), with the cursor of the next page.
     */
    public <E, T> Page<T> page(EntityManager em, Class<E> entity, Keyset<E> keyset, PageRequest request,
            List<String> batchFetch, Function<E, T> dto) {
        return read(em, entity, keyset.orderBy(), keyset, request, batchFetch, dto);
    }

    private <E, T> Page<T> read(EntityManager em, Class<E> entity, String order, Keyset<E> keyset,
            PageRequest request, List<String> batchFetch, Function<E, T> dto) {
        PageRequest valid = Pages.validate(request);
        PageRequest p = keyset == null && valid.after() != null
                ? new PageRequest(valid.page(), valid.size(), null, valid.exactTotal())
                : valid;
        String name = entity.getSimpleName();
        String listWhere = where.toString();
        Map<String, Object> listParams = new LinkedHashMap<>(params);
        if (keyset != null && p.after() != null) {
            Keyset.Position after = Keyset.decode(p.after());
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
            and(keyset.afterClause(":afterAt", ":afterId"));
        }
        // One row more than the page tells whether there is a next page without counting.
        int offset = p.after() == null ? (int) p.offset() : 0;
        List<E> rows = offset > DEFERRED_FROM
                ? deferred(em, entity, order, offset, p.size() + 1, batchFetch)
                : select(em, entity, order, batchFetch).setFirstResult(offset).setMaxResults(p.size() + 1)
                        .getResultList();
        boolean more = rows.size() > p.size();
        List<E> shown = more ? rows.subList(0, p.size()) : rows;
        String next = keyset != null && more ? keyset.cursor(shown.get(shown.size() - 1)) : null;
        List<T> items = shown.stream().map(dto).toList();
        return total(p, items.size(), more, () -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + name + " e" + listWhere, Long.class);
            listParams.forEach(count::setParameter);
            return count.getSingleResult();
        }, () -> {
            TypedQuery<Long> ids = em.createQuery("SELECT e.id FROM " + name + " e" + listWhere, Long.class);
            listParams.forEach(ids::setParameter);
            return ids.setMaxResults(Page.COUNT_CAP + 1).getResultList().size();
        }, (total, exact) -> new Page<>(items, p.page(), p.size(), total, exact, next));
    }

    /**
     * A deep offset page as a deferred join: the ids of the page first, in the list's order, skipping the offset
     * over the ids alone (on PostgreSQL an index-only scan of an index that ends in the list's order, instead of
     * reading every skipped row), then the records of those ids, put back in that order.
     */
    private <E> List<E> deferred(EntityManager em, Class<E> entity, String order, int offset, int limit,
            List<String> batchFetch) {
        String name = entity.getSimpleName();
        Query idQuery = em.createQuery("SELECT e.id FROM " + name + " e" + where + " ORDER BY " + order);
        params.forEach(idQuery::setParameter);
        List<?> ids = idQuery.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<E> found = batched(em.createQuery("SELECT e FROM " + name + " e WHERE e.id IN :ids", entity),
                batchFetch).setParameter("ids", ids).getResultList();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, E> byId = new HashMap<>();
        found.forEach(e -> byId.put(util.getIdentifier(e), e));
        List<E> rows = new ArrayList<>(ids.size());
        for (Object id : ids) {
            E e = byId.get(id);
            if (e == null) { // deleted between the two reads: the page as one query instead
                return select(em, entity, order, batchFetch).setFirstResult(offset).setMaxResults(limit)
                        .getResultList();
            }
            rows.add(e);
        }
        return rows;
    }

    private <E> TypedQuery<E> select(EntityManager em, Class<E> entity, String order, List<String> batchFetch) {
        TypedQuery<E> select = batched(em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e" + where
                + " ORDER BY " + order, entity), batchFetch);
        params.forEach(select::setParameter);
        return select;
    }

    private static <E> TypedQuery<E> batched(TypedQuery<E> query, List<String> batchFetch) {
        if (!batchFetch.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
            batchFetch.forEach(path -> query.setHint("eclipselink.batch", path));
        }
        return query;
    }

    /**
     * The rule for a page's total: counted exactly when the request asks for it, known without counting when the
     * page shows the end of the list, otherwise counted up to {@link Page#COUNT_CAP} (beyond it "at least", never
     * less than the records up to this page and one more when there are more).
     *
     * @param shown  how many records the page shows
     * @param more   whether there are records after the page
     * @param exact  counts the whole list
     * @param capped counts the list up to {@link Page#COUNT_CAP} + 1 records
     */
    public static <P> P total(PageRequest p, int shown, boolean more, LongSupplier exact, IntSupplier capped,
            TotalThen<P> then) {
        long upToHere = (p.after() == null ? p.offset() : 0) + shown + (more ? 1 : 0);
        if (p.exactTotal()) {
            return then.apply(exact.getAsLong(), true);
        }
        if (p.after() == null && !more && (shown > 0 || p.offset() == 0)) {
            return then.apply(upToHere, true);
        }
        if (p.after() == null && upToHere > Page.COUNT_CAP) {
            return then.apply(upToHere, false);
        }
        int n = capped.getAsInt();
        if (n <= Page.COUNT_CAP) {
            return then.apply(n, true);
        }
        return then.apply(Math.max(Page.COUNT_CAP, upToHere), false);
    }

    /** What to make of a total and whether it is exact. */
    @FunctionalInterface
    public interface TotalThen<P> {
        P apply(long total, boolean exact);
    }
}
