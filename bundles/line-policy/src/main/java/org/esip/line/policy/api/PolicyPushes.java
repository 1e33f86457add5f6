package org.esip.line.policy.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Publishing a policy pushes it to every eligible enterprise through the notification service (website inbox
 * always, SMS and e-mail where the enterprise can be reached), once per enterprise, at most the configured
 * number of pushes per enterprise per week. The pushes run in the background, in batches, after the publication
 * is answered; {@link #progressOf} follows them.
 */
@ProviderType
public interface PolicyPushes {

    /** Pushed, read and applied for one policy. */
    PushReport reportOf(long policyId);

    /** How far the background pushes of the policy got. */
    PushProgress progressOf(long policyId);
}
