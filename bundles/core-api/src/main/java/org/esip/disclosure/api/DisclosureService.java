package org.esip.disclosure.api;

import java.util.List;
import java.util.Optional;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The platform's disclosed content (clause 4.2.6), maintained by staff, read by everyone. */
@ProviderType
public interface DisclosureService {

    /** What a key looks like: a URL segment. */
    String KEY_PATTERN = "[a-z][a-z0-9-]{1,63}";

    /** Sections in their order, or notices newest first; {@code kind} null lists both. */
    List<DisclosureContent> list(DisclosureKind kind);

    Optional<DisclosureContent> find(String key);

    /**
     * Creates the key (when {@code content.version()} is null and the key is new) or updates it (the
     * version must be the stored one, else a 409 on {@code version}). Audited.
     *
     * @throws org.esip.core.api.ValidationException naming every bad field
     */
    DisclosureContent put(Actor actor, String key, DisclosureContent content);

    /** Removes a notice or section. Audited. */
    void remove(Actor actor, String key);
}
