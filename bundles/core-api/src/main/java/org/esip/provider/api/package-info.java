/**
 * Those who serve enterprises besides the platform's own windows (clauses 4.2.3, 4.2.5, 6.2, 6.3):
 * service organisations with their admission, experts of the pool, staff, and service points.
 */
@Version("1.2.0")
package org.esip.provider.api;

import org.osgi.annotation.versioning.Version;
