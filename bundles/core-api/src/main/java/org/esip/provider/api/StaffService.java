package org.esip.provider.api;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The platform's staff and their training (clause 6.2.1). */
@ProviderType
public interface StaffService {

    StaffMember create(Actor actor, StaffRegistration registration);

    StaffMember get(long id);

    StaffMember update(Actor actor, long id, StaffRegistration update);

    Page<StaffMember> search(StaffQuery query, PageRequest page);

    /** Records a training the member took (clause 6.2.1.3). */
    StaffMember addTraining(Actor actor, long id, TrainingRecord training);

    /** The member leaves; the record stays. */
    StaffMember retire(Actor actor, long id, long version, String reason);
}
