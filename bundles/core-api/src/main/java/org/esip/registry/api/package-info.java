/** Registries of the platform (clause 4.4.2): enterprises and the tag vocabulary. */
@org.osgi.annotation.versioning.Version("3.0.0")
package org.esip.registry.api;
