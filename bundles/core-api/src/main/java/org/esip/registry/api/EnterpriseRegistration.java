package org.esip.registry.api;

import java.util.Set;

/** What is needed to register an enterprise; validated by {@link EnterpriseService#register}. */
public record EnterpriseRegistration(String creditCode, String name, String regionCode, String industryCode,
        Set<String> tags) {
}
