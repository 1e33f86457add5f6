/**
 * The outreach line (助企行活动与镇街服务, clauses 5.1.3 b, c; 5.4.1.1 a): themed offline campaigns, the enterprises
 * they target (chosen by conditions, each with the reason), visit plans and visit records, demands collected on
 * visits (each a ticket of the closed loop, channel {@code VISIT}) and the results per township service centre.
 *
 * <p>1.0.0: the first version.
 */
@Version("1.0.0")
package org.esip.line.outreach.api;

import org.osgi.annotation.versioning.Version;
