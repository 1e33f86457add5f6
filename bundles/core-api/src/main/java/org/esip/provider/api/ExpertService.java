package org.esip.provider.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The expert pool (clause 6.2.2) with dated entries and exits. */
@ProviderType
public interface ExpertService {

    /** Registers an expert into the pool. */
    Expert register(Actor actor, ExpertRegistration registration);

    Expert get(long id);

    Expert update(Actor actor, long id, ExpertRegistration update);

    Page<Expert> search(ExpertQuery query, PageRequest page);

    /** Out of the pool → in. */
    Expert enterPool(Actor actor, long id, long version, String remark);

    /** In the pool → out, with the reason. */
    Expert leavePool(Actor actor, long id, long version, String reason);

    /** Every entry and exit, oldest first. */
    List<StatusChange> history(long id);
}
