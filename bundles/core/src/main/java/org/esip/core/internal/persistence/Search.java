package org.esip.core.internal.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import javax.persistence.EntityManager;
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

    /** Reads one page of {@code entity} matching the criteria, mapped to DTOs. */
    public <E, T> Page<T> page(EntityManager em, Class<E> entity, String order, PageRequest request,
            List<String> batchFetch, Function<E, T> dto) {
        PageRequest p = Pages.validate(request);
        String name = entity.getSimpleName();
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + name + " e" + where, Long.class);
        TypedQuery<E> select = em.createQuery("SELECT e FROM " + name + " e" + where + " ORDER BY " + order, entity);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        if (!batchFetch.isEmpty()) {
            select.setHint("eclipselink.batch.type", "IN");
            batchFetch.forEach(path -> select.setHint("eclipselink.batch", path));
        }
        List<T> items = select.setFirstResult((int) p.offset()).setMaxResults(p.size()).getResultList().stream()
                .map(dto).toList();
        return new Page<>(items, p.page(), p.size(), count.getSingleResult());
    }
}
