package org.esip.line.policy.api;

import java.time.LocalDate;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.registry.api.ImportReport;
import org.osgi.annotation.versioning.ProviderType;

/** The policy library (clause 5.2.1.1), kept by staff, read by enterprises and the public. */
@ProviderType
public interface PolicyService {

    /** A new policy in status DRAFT. @throws org.esip.core.api.ValidationException naming each bad field */
    Policy create(Actor actor, PolicyDraft draft);

    /** Changes a policy not yet withdrawn or expired; 409 on {@code version} when stale. */
    Policy update(Actor actor, long id, PolicyDraft draft);

    /** @throws org.esip.core.api.NotFoundException when no policy has this id */
    Policy get(long id);

    Page<Policy> search(PolicyQuery query, PageRequest page);

    /** DRAFT → PUBLISHED. */
    Policy publish(Actor actor, long id, long version);

    /** PUBLISHED → WITHDRAWN, with the reason. */
    Policy withdraw(Actor actor, long id, long version, String reason);

    /**
     * Bulk import (CSV with Chinese headers or field names, or a JSON array of drafts): rows are matched by
     * document number (new → created as DRAFT, known → updated). Every row is checked like a single policy;
     * if any row is rejected, or on a dry run, nothing is stored.
     *
     * @param format {@code csv} or {@code json}
     */
    ImportReport importPolicies(Actor actor, byte[] content, String format, boolean dryRun);

    /**
     * Adds a file to a policy (its original text, a guide, a form) through the platform's file store.
     *
     * @throws org.esip.core.api.ValidationException on {@code filename} or {@code file} as the store decides
     */
    PolicyFile attach(Actor actor, long policyId, String fileName, byte[] content);

    /** A policy's files, in upload order. */
    List<PolicyFile> files(long policyId);

    /** One file's bytes. @throws org.esip.core.api.NotFoundException when the policy has no such file */
    byte[] fileContent(long policyId, long fileId);

    /** Counts by category, level, issuer and status, and the {@code latest} newest published policies. */
    PolicyStatistics statistics(int latest);

    /** Marks every published policy whose expiry date is before {@code asOf} EXPIRED; returns them. */
    List<Policy> expireDue(LocalDate asOf);
}
