/** Registries of the platform (clause 4.4.2): enterprises and the tag vocabulary. */
@Version("3.4.0")
package org.esip.registry.api;

import org.osgi.annotation.versioning.Version;
