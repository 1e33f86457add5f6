/**
 * The consulting and matchmaking line's records (clause 5.2.5): supply and demand postings, the explained
 * two-way match, introductions, matchmaking events and consulting requests.
 */
@Version("1.0.0")
package org.esip.line.consulting.api;

import org.osgi.annotation.versioning.Version;
