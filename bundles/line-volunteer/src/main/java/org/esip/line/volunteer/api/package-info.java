/**
 * The volunteer line (志愿服务专线, clause 5.2.6): volunteers and their teams (the organisations and experts are the
 * core's own records, referenced by id), public-benefit activities with roles, sign-ups and the organiser's decision,
 * service records (who, what, when, how long, who confirmed) with the served enterprise's evaluation, annual figures,
 * and enterprises' requests for volunteer help. Records, enums and service interfaces only.
 *
 * <p>1.0.0: the first version.
 */
@Version("1.0.0")
package org.esip.line.volunteer.api;

import org.osgi.annotation.versioning.Version;
