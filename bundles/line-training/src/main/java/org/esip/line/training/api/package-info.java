/**
 * The training line (培训服务专线, clause 5.2.3): courses and sessions for founders and enterprises, registration
 * with a waiting list, reminders, check-in and online attendance, evaluation (5.2.3.4), training needs,
 * certificates of attendance and requests for on-site training.
 *
 * <p>1.0.0: the first version.
 */
@Version("1.0.0")
package org.esip.line.training.api;

import org.osgi.annotation.versioning.Version;
