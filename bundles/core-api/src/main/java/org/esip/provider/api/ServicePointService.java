package org.esip.provider.api;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The platform's windows and township centres. */
@ProviderType
public interface ServicePointService {

    ServicePoint create(Actor actor, ServicePointRegistration registration);

    ServicePoint get(long id);

    ServicePoint update(Actor actor, long id, ServicePointRegistration update);

    /** Points of {@code kind} within a region prefix, by text, active ones unless {@code active} is false. */
    Page<ServicePoint> search(String text, ServicePointKind kind, String regionCode, Boolean active, String sort,
            PageRequest page);

    ServicePoint retire(Actor actor, long id, long version, String reason);
}
