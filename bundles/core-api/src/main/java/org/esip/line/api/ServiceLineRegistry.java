package org.esip.line.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The service lines installed right now. */
@ProviderType
public interface ServiceLineRegistry {

    /** Installed lines, ordered by id. */
    List<ServiceLineInfo> installed();

    Optional<ServiceLineInfo> find(String id);
}
