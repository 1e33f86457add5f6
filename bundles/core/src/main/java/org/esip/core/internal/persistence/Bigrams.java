package org.esip.core.internal.persistence;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * The two-character search of migration 25.1 on PostgreSQL: a fragment of exactly two characters, which no trigram
 * index can serve, is looked up in a GIN index over the two-character substrings of a column
 * ({@code esip_bigrams(column) @> ARRAY[fragment]}), and the {@code LIKE} is kept beside it, so the rows are the
 * same as the {@code LIKE}'s alone. Only where the function exists: on Derby, or on PostgreSQL when the migration
 * could not create it, the search stays the plain {@code LIKE} (a scan).
 */
public final class Bigrams {
    /** The function over which the indexes are built. */
    public static final String FUNCTION = "esip_bigrams";
    private static final Map<EntityManagerFactory, Boolean> AVAILABLE = Collections.synchronizedMap(new WeakHashMap<>());

    private Bigrams() {
    }

    /** @return whether the database has {@link #FUNCTION} (PostgreSQL after migration 25.1); asked once per unit */
    public static boolean available(EntityManager em) {
        return AVAILABLE.computeIfAbsent(em.getEntityManagerFactory(), emf -> {
            if (!BatchInsert.onPostgreSQL(em)) {
                return false;
            }
            Object found = em.createNativeQuery("SELECT to_regprocedure('" + FUNCTION + "(text)') IS NOT NULL")
                    .getSingleResult();
            return Boolean.TRUE.equals(found);
        });
    }

    /**
     * @return whether {@code fragment} is one the index serves: exactly two characters (code points), no backslash
     *         (which PostgreSQL's {@code LIKE} reads as its escape, so the pattern would not be the two characters)
     */
    public static boolean serves(String fragment) {
        return fragment.codePointCount(0, fragment.length()) == 2 && fragment.indexOf('\\') < 0;
    }

    /**
     * The JPQL condition that the column's two-character substrings include the parameter's value.
     *
     * @param sql       the indexed expression with {@code ?} for the column, e.g. {@code LOWER(?)}, exactly as in the
     *                  index
     * @param path      the column's entity path, e.g. {@code e.name}
     * @param parameter the name of the parameter holding the two characters
     */
    public static String contain(String sql, String path, String parameter) {
        return "SQL('" + FUNCTION + "(" + sql + ") @> ARRAY[CAST(? AS TEXT)]', " + path + ", :" + parameter
                + ") = TRUE";
    }
}
