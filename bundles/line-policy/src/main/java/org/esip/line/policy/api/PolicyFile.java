package org.esip.line.policy.api;

import java.time.Instant;

/** A file of a policy: its original text or an attachment (申报指南, forms …), kept by its SHA-256. */
public record PolicyFile(long id, long policyId, String fileName, String contentType, long size, String sha256,
        Instant uploadedAt) {
}
