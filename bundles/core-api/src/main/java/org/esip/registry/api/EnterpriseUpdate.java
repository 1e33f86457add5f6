package org.esip.registry.api;

import java.util.Set;

/**
 * New values for an enterprise's descriptive fields; validated by {@link EnterpriseService#update}.
 * The credit code identifies the enterprise and is not changed this way.
 *
 * @param version the {@link Enterprise#version()} the change was made against; a record changed
 *                by someone else since then is not overwritten
 */
public record EnterpriseUpdate(Long version, String name, String regionCode, String industryCode,
        Set<String> tags) {
}
