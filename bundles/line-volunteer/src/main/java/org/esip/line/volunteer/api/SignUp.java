package org.esip.line.volunteer.api;

import java.time.Instant;

/** A volunteer's sign-up (报名) for a role of an activity and the organiser's decision. */
public record SignUp(long id, long activityId, long roleId, String roleName, long volunteerId, String volunteerName,
        SignUpStatus status, String note, String createdBy, Instant createdAt, String decidedBy, Instant decidedAt,
        long version) {
}
