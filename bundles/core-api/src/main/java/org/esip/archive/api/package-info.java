/** The archive of every service item (clause 6.4): sealed, hash-chained files, amendments, retention. */
@Version("1.0.0")
package org.esip.archive.api;

import org.osgi.annotation.versioning.Version;
