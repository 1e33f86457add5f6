/**
 * Telling enterprises and staff what happened (clauses 5.4.2, 5.2.1.2): a website inbox that is always
 * on, and further channels (SMS, e-mail) as whiteboard services. Every delivery is recorded.
 */
@Version("1.3.0")
package org.esip.notification.api;

import org.osgi.annotation.versioning.Version;
