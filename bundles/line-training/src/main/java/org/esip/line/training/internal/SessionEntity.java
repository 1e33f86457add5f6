package org.esip.line.training.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.esip.line.training.api.SessionMode;
import org.esip.line.training.api.SessionStatus;
import org.esip.line.training.api.SpeakerKind;
import org.esip.line.training.api.TrainingSession;

@Entity
@Table(name = "TRAINING_SESSION")
public class SessionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "COURSE_ID", nullable = false)
    long courseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "MODE", nullable = false, length = 20)
    SessionMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "SPEAKER_KIND", nullable = false, length = 20)
    SpeakerKind speakerKind;

    @Column(name = "SPEAKER_ID", nullable = false)
    long speakerId;

    @Column(name = "SPEAKER_NAME", nullable = false, length = 200)
    String speakerName;

    @Column(name = "VENUE", length = 300)
    String venue;

    @Column(name = "PARK", length = 200)
    String park;

    @Column(name = "HOST_ENTERPRISE_ID")
    Long hostEnterpriseId;

    @Column(name = "LIVE_URL", length = 500)
    String liveUrl;

    @Column(name = "REPLAY_URL", length = 500)
    String replayUrl;

    @Column(name = "REGION_CODE", nullable = false, length = 12)
    String regionCode;

    /** UTC. */
    @Column(name = "STARTS_AT", nullable = false)
    LocalDateTime startsAt;

    /** UTC. */
    @Column(name = "ENDS_AT", nullable = false)
    LocalDateTime endsAt;

    @Column(name = "CAPACITY", nullable = false)
    int capacity;

    /** Comma-separated region code prefixes; {@code null}: any. */
    @Column(name = "AUDIENCE_REGIONS", length = 500)
    String audienceRegions;

    @Column(name = "AUDIENCE_INDUSTRIES", length = 500)
    String audienceIndustries;

    @Column(name = "AUDIENCE_SIZES", length = 100)
    String audienceSizes;

    @Column(name = "CHECK_IN_CODE", nullable = false, length = 12)
    String checkInCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    SessionStatus status;

    /** UTC. */
    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;

    Instant starts() {
        return startsAt.toInstant(ZoneOffset.UTC);
    }

    Instant ends() {
        return endsAt.toInstant(ZoneOffset.UTC);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    static String join(List<String> parts) {
        return parts == null || parts.isEmpty() ? null : String.join(",", parts);
    }

    Audience audience() {
        return new Audience(split(audienceRegions), split(audienceIndustries), split(audienceSizes));
    }

    TrainingSession toDto(CourseEntity course, int confirmed, int waiting) {
        return new TrainingSession(id, courseId, course.title, course.topic, mode, speakerKind, speakerId, speakerName,
                venue, park, hostEnterpriseId, liveUrl, replayUrl, regionCode, starts(), ends(), capacity, confirmed,
                waiting, split(audienceRegions), split(audienceIndustries), split(audienceSizes), status, version);
    }
}
