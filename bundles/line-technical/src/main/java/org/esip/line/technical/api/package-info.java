/**
 * The technical services line (技术服务专线, clause 5.2.4): what it keeps and shows, as records — offers of the
 * eleven technical domains (5.2.4.1) and their bookings, shared instruments with their booking calendar, the
 * project library of new products and technologies (5.2.4.2) with its matches and introductions, and
 * consultations with the expert pool (5.2.4.3).
 *
 * <p>1.0.0: the first version.
 */
@Version("1.0.0")
package org.esip.line.technical.api;

import org.osgi.annotation.versioning.Version;
