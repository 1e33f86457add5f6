package org.esip.line.policy.api;

import java.time.Instant;

/**
 * An enterprise's application for a policy's benefit (clauses 5.2.1.3, 5.2.1.4).
 *
 * @param mode      ONLINE: a ticket of the policy line travels the closed loop ({@code ticketId});
 *                  HAND_OFF: handled in a department's own system ({@code reference}, {@code link}), tracked
 *                  here and fed back to the enterprise
 * @param status    for ONLINE the ticket's status; for HAND_OFF where the department's handling stands
 * @param outcome   the result told to the enterprise
 */
public record PolicyApplication(long id, long policyId, String policyTitle, long enterpriseId, BenefitRoute mode,
        String status, Long ticketId, String reference, String link, String outcome, Instant createdAt,
        Instant updatedAt, long version) {
}
