package org.esip.line.policy.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Applications for policies: online through the closed loop, or handed off and tracked (5.2.1.3, 5.2.1.4). */
@ProviderType
public interface ApplicationService {

    /**
     * Applies online for a published ONLINE_APPLICATION policy: a ticket with the materials the policy asks
     * for, which then travels acceptance, one-time notification, approval or rejection with a reason,
     * feedback, evaluation and archive. The application is stored first and its ticket submitted with a key
     * derived from it (line kit {@code TicketKeys}); the same request again (the same {@code idempotencyKey} from
     * the same account, or any request while the application still lacks its ticket) answers the same application
     * and ticket.
     *
     * @throws org.esip.core.api.ConflictException on {@code policyId} when the policy is not published or not
     *                                             applied for online, or the enterprise already applied
     */
    PolicyApplication applyOnline(Actor actor, long policyId, long enterpriseId, String statement, String idempotencyKey);

    /** Records that an enterprise's application went to the department's system named by the policy. */
    PolicyApplication recordHandOff(Actor actor, long policyId, long enterpriseId, String reference, String link);

    /**
     * 免申即享: an enterprise the data show eligible confirms it wants the benefit; the payout is then tracked.
     *
     * @throws org.esip.core.api.ConflictException on {@code policyId} when the policy is not an EXEMPT one or the
     *                                             enterprise is not (or not yet decidably) eligible, naming why
     */
    PolicyApplication confirmIntent(Actor actor, long policyId, long enterpriseId);

    /** The department's handling moved on; the enterprise is told (with {@code outcome} when decided). */
    PolicyApplication updateHandOff(Actor actor, long applicationId, long version, HandOffStatus status, String outcome);

    PolicyApplication get(long applicationId);

    /** Applications of one enterprise, or for one policy (either may be null), newest first. */
    List<PolicyApplication> list(Long enterpriseId, Long policyId);
}
