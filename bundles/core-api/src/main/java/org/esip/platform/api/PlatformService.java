package org.esip.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/** The platform's identity and health. */
@ProviderType
public interface PlatformService {

    PlatformIdentity identity();

    /** Checks the database and lists the installed service lines. */
    PlatformStatus status();
}
