/** The audit log: who changed which registry record when, and what changed (clause 4.4.2). */
@Version("1.1.0")
package org.esip.audit.api;

import org.osgi.annotation.versioning.Version;
