package org.esip.provider.api;

/** How a service organisation serves: at the platform (入驻), online, or both (clause 4.2.3). */
public enum Presence {
    ON_SITE, ONLINE, BOTH
}
