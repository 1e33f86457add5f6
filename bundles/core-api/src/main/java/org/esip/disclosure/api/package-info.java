/**
 * What the platform discloses to the public (clause 4.2.6): its introduction, service rules, fees,
 * contacts, complaint and supervision channels (sections) and its news and notices. Staff maintain them;
 * everyone may read them.
 *
 * <p>1.0.0: sections and notices, bilingual, versioned.
 */
@Version("1.0.0")
package org.esip.disclosure.api;

import org.osgi.annotation.versioning.Version;
