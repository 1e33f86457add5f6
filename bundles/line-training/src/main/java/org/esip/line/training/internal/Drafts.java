package org.esip.line.training.internal;

import java.util.List;

/** What requests carry: enums, dates and instants as text, so that every bad field is named in one 400. */
public final class Drafts {
    private Drafts() {
    }

    public record CourseDraft(String title, String topic, String summary) {
    }

    /**
     * A session; {@code speakerKind} {@code EXPERT} or {@code ORGANISATION} with {@code speakerId} from the core
     * registries; {@code version} only on update.
     */
    public record SessionDraft(Long courseId, String mode, String speakerKind, Long speakerId, String venue, String park,
            Long hostEnterpriseId, String liveUrl, String replayUrl, String regionCode, String startsAt, String endsAt,
            Integer capacity, List<String> audienceRegions, List<String> audienceIndustries, List<String> audienceSizes,
            Long version) {
    }

    public record Attendee(String name, String phone) {
    }

    public record RegistrationDraft(Long enterpriseId, List<Attendee> attendees) {
    }

    public record CheckInDraft(String code, String phone) {
    }

    public record EvaluationDraft(Long enterpriseId, String satisfaction, Integer effect, String comment) {
    }

    public record NeedDraft(Long enterpriseId, String topic, String detail) {
    }

    public record RequestDraft(Long enterpriseId, String topic, String detail, String preferredDate, Integer expectedAttendees) {
    }
}
