package org.esip.audit.api;

import java.time.Instant;

/**
 * One change to one record.
 *
 * @param id         the entry's number, increasing in the order the changes were made
 * @param at         when the change was committed
 * @param actor      the account (or {@code system:<process>}) that made it
 * @param action     what was done, e.g. {@code create}, {@code update}, {@code admit}, {@code retire}
 * @param entityType the kind of record, e.g. {@code enterprise}, {@code organisation}, {@code account}
 * @param entityId   the record's id
 * @param changes    the changed fields as a JSON object {@code {"field":[old,new],...}}; personal data
 *                   that is encrypted at rest appears only as {@code "***"}
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
        String changes) {
}
