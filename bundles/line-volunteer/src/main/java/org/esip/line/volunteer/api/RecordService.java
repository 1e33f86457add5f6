package org.esip.line.volunteer.api;

import java.math.BigDecimal;
import java.util.List;

import org.esip.core.api.Actor;
import org.esip.ticketing.api.SatisfactionGrade;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Service records after an activity (志愿服务记录), the served enterprise's evaluation, annual figures and the
 * certificate of service hours.
 */
@ProviderType
public interface RecordService {
    /** A draft record for a volunteer whose sign-up was confirmed; hours at most the activity's length. */
    ServiceRecord write(Actor actor, long activityId, RecordDraft draft);

    /** Changes a draft; a confirmed record is a 409. */
    ServiceRecord update(Actor actor, long id, Long version, RecordDraft draft);

    /** Confirms a draft once; it never changes afterwards (409). Recorded in the audit log. */
    ServiceRecord confirm(Actor actor, long id, Long version);

    /** A correction of a confirmed record: a new draft that supersedes it once confirmed. */
    ServiceRecord amend(Actor actor, long id, RecordDraft draft);

    /** The served enterprise's user rates a confirmed record once (409 the second time). */
    ServiceRecord evaluate(Actor actor, long id, SatisfactionGrade grade, String comment);

    ServiceRecord get(Actor actor, long id);

    List<ServiceRecord> list(Actor actor, Long activityId, Long volunteerId, Long enterpriseId);

    /** Confirmed service in {@code year} per volunteer, team or organisation ({@code by}). */
    List<AnnualFigures> statistics(Actor actor, String by, int year);

    /** The certificate of a volunteer's confirmed service hours in {@code year} as PDF. */
    byte[] certificate(Actor actor, long volunteerId, int year);

    /** Hours of every confirmed, current record. */
    BigDecimal totalHours();

    /** Share (percent) of evaluations at least basically satisfied; 0 without evaluations. */
    BigDecimal satisfaction();
}
