package org.esip.core.internal.persistence;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.esip.core.internal.i18n.Violations;

/**
 * A list order that can be paged by cursor: an instant column, then the id, both ascending or both descending.
 * The cursor names the last record of a page; the next page is what comes after it in this order, read with a
 * range condition on the column so that an index on (column, id) is entered at the cursor instead of counted
 * through from the start. Entity alias is always {@code e}.
 *
 * @param path       the column's entity path, e.g. {@code e.createdAt}
 * @param descending newest first
 * @param at         the column's value of a record
 * @param id         the id of a record
 */
public record Keyset<E>(String path, boolean descending, Function<E, Instant> at, ToLongFunction<E> id) {
    private static final String PREFIX = "k1.";

    /** Where a cursor points: the instant and id of the last record of the page before. */
    public record Position(Instant at, long id) {
    }

    /** @return the ORDER BY of this order */
    public String orderBy() {
        String direction = descending ? " DESC" : "";
        return path + direction + ", e.id" + direction;
    }

    /** @return the condition for the records after the position in the named parameters */
    String afterClause(String atParam, String idParam) {
        String op = descending ? "<" : ">";
        return "(" + path + " " + op + "= " + atParam + " AND (" + path + " " + op + " " + atParam + " OR e.id " + op
                + " " + idParam + "))";
    }

    /** @return the cursor naming {@code record} */
    public String cursor(E record) {
        Instant t = at.apply(record);
        String plain = t.getEpochSecond() + "." + t.getNano() + "." + id.applyAsLong(record);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the position a cursor names; anything that is not a cursor of ours is a 400 on {@code after} */
    public static Position decode(String cursor) {
        try {
            if (cursor.startsWith(PREFIX)) {
                String plain = new String(Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length())),
                        StandardCharsets.UTF_8);
                String[] parts = plain.split("\\.", -1);
                if (parts.length == 3) {
                    long nanos = Long.parseLong(parts[1]);
                    if (nanos >= 0 && nanos < 1_000_000_000L) {
                        return new Position(Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos),
                                Long.parseLong(parts[2]));
                    }
                }
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            // falls through to the violation
        }
        new Violations().add("after", "page.after-invalid").throwIfAny();
        throw new IllegalStateException("unreachable");
    }
}
