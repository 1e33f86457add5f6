package org.esip.registry.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The controlled tag vocabulary (managed by staff). */
@ProviderType
public interface TagService {

    /** Tags of {@code category} (all when null), by code; retired ones only when asked. */
    List<TagDefinition> list(TagCategory category, boolean includeRetired);

    /** @throws org.esip.core.api.ConflictException when the code exists */
    TagDefinition define(Actor actor, TagDefinition tag);

    /** Changes names, category or retirement of a tag if it is still at {@code tag.version()}. */
    TagDefinition update(Actor actor, String code, TagDefinition tag);
}
