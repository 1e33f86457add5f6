package org.esip.ticketing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.esip.ticketing.api.TicketSubmission;

/**
 * What a submission said, as a SHA-256 over its fields: a retry with the same {@code Idempotency-Key} must say
 * the same. Pure, so it is tested without a database.
 */
final class Fingerprint {
    /**
     * Cloned for each fingerprint: a digest is not thread-safe, and looking SHA-256 up among the security providers
     * for every create cost more than the hash (issue 16).
     */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private Fingerprint() {
    }

    static String of(TicketSubmission s) {
        StringBuilder b = new StringBuilder();
        for (Object field : new Object[] {s.enterpriseId(), s.kind(), s.channel(), s.title(), s.description(),
            s.against() == null ? null : s.against().kind() + ":" + s.against().id(), s.domain(), s.category(),
            s.appointmentAt(), s.servicePointId()}) {
            String text = field == null ? "" : field instanceof String str ? str.strip() : field.toString();
            // Length-prefixed, so that no two different submissions run together into the same text.
            b.append(text.length()).append(':').append(text).append('|');
        }
        try {
            return HexFormat.of().formatHex(((MessageDigest) SHA_256.clone())
                    .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 is cloneable", e);
        }
    }
}
