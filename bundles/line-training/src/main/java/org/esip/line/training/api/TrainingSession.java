package org.esip.line.training.api;

import java.time.Instant;
import java.util.List;

/**
 * One session (期/场次) of a course.
 *
 * @param regionCode         the county (GB/T 2260) where it is held or that organises it
 * @param audienceRegions    region code prefixes of the enterprises it is for; empty: any
 * @param audienceIndustries GB/T 4754 code prefixes; empty: any
 * @param audienceSizes      enterprise sizes ({@code LARGE}, {@code MEDIUM}, {@code SMALL}, {@code MICRO}); empty: any
 * @param confirmed          attendees holding a place
 * @param waiting            attendees on the waiting list
 */
public record TrainingSession(long id, long courseId, String courseTitle, TrainingTopic topic, SessionMode mode,
        SpeakerKind speakerKind, long speakerId, String speakerName, String venue, String park, Long hostEnterpriseId,
        String liveUrl, String replayUrl, String regionCode, Instant startsAt, Instant endsAt, int capacity,
        int confirmed, int waiting, List<String> audienceRegions, List<String> audienceIndustries,
        List<String> audienceSizes, SessionStatus status, long version) {
    public TrainingSession {
        audienceRegions = List.copyOf(audienceRegions);
        audienceIndustries = List.copyOf(audienceIndustries);
        audienceSizes = List.copyOf(audienceSizes);
    }
}
