package org.esip.line.policy.internal;

import org.esip.line.policy.api.Policy;

/** Told after a policy's change is stored (whiteboard inside the line): matching re-runs, publication pushes. */
public interface PolicyListener {

    /** @param before the policy before the change, {@code null} for a new one */
    void changed(Policy before, Policy after);
}
