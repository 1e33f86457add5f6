package org.esip.core.internal.seam;

import javax.persistence.EntityManager;

/**
 * The archive's part in closing a service item (clause 6.4), in the ticketing transaction that closes it: the sealed
 * file is written in the same commit as the closing step, or neither is.
 */
public interface ArchiveSeal {
    /** Seals the file of a closed ticket; returns its archive entry id. */
    long seal(EntityManager em, long ticketId, long enterpriseId, String actor, String content);

    /** Appends a revisit record to the sealed file of a ticket, if the ticket has one. */
    void appendRevisit(EntityManager em, long ticketId, String actor, String text);
}
