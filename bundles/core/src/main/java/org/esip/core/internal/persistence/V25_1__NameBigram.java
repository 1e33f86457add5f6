package org.esip.core.internal.persistence;

/**
 * Migration 25.1: the enterprise search for a fragment of two characters (most Chinese searches, e.g. 温州), which
 * a trigram index (migration 24.1) cannot serve, through GIN indexes over the two-character substrings of
 * {@code LOWER(NAME)} and of {@code CREDIT_CODE} on PostgreSQL: {@link Bigrams#FUNCTION} is an IMMUTABLE SQL
 * function returning those substrings as {@code text[]}, and the search asks {@code esip_bigrams(…) @> ARRAY[?]}
 * beside its {@code LIKE} (see {@link Bigrams}). Needs no extension. When the function or the indexes cannot be
 * created the migration logs a warning and still succeeds, and the search scans as before, as on Derby, where this
 * migration does nothing. Given to Flyway as an instance (see {@link SchemaMigrator}).
 */
public final class V25_1__NameBigram extends OptionalPostgreSQLIndexes {
    static final String[] POSTGRESQL = {
        // The distinct two-character substrings of a text ({} for a text shorter than two characters).
        "CREATE OR REPLACE FUNCTION " + Bigrams.FUNCTION + "(t TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT"
            + " PARALLEL SAFE AS $$ SELECT COALESCE(array_agg(DISTINCT substr(t, i, 2)), '{}'::TEXT[])"
            + " FROM generate_series(1, char_length(t) - 1) AS i $$",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_NAME_BIGRAM ON ENTERPRISE USING gin (" + Bigrams.FUNCTION
            + "(LOWER(NAME)))",
        "CREATE INDEX IF NOT EXISTS IX_ENTERPRISE_CREDIT_CODE_BIGRAM ON ENTERPRISE USING gin (" + Bigrams.FUNCTION
            + "(CREDIT_CODE))",
    };

    @Override
    String[] statements() {
        return POSTGRESQL;
    }

    @Override
    String without() {
        return "two-character searches scan instead";
    }
}
