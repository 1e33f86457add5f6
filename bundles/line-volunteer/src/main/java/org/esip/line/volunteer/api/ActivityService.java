package org.esip.line.volunteer.api;

import java.util.List;

import org.esip.core.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Public-benefit activities online or offline (clause 5.2.6.2), sign-ups for their roles and the organiser's
 * decision. The organiser is staff or a user of the organising organisation.
 */
@ProviderType
public interface ActivityService {
    Activity create(Actor actor, ActivityDraft draft);

    Activity get(Actor actor, long id);

    /** Activities, optionally of one organisation and starting in one year (Asia/Shanghai). */
    List<Activity> list(Actor actor, Long organisationId, Integer year);

    /**
     * @throws org.esip.core.api.ConflictException when the role is full, the volunteer signed up already, or the
     *                                             activity has ended
     */
    SignUp signUp(Actor actor, long activityId, Long roleId, Long volunteerId, String note);

    List<SignUp> signUps(Actor actor, long activityId);

    /** Confirms or rejects a pending sign-up; a decided one is a 409. */
    SignUp decide(Actor actor, long signUpId, Long version, boolean confirm, String note);

    long count();
}
