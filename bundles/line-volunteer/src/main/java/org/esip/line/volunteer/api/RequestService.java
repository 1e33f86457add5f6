package org.esip.line.volunteer.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** Enterprises' requests for volunteer help, each carried by a ticket of category {@code volunteer.request}. */
@ProviderType
public interface RequestService {
    VolunteerRequest submit(Actor actor, RequestDraft draft, String idempotencyKey);

    List<VolunteerRequest> list(Actor actor, Long enterpriseId);

    /** Submits the ticket of every request still without one (same key: never a second ticket); how many. */
    int reconcile();
}
