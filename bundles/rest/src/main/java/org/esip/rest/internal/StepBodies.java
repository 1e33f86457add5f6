package org.esip.rest.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.esip.ticketing.api.Assignment;
import org.esip.ticketing.api.Channel;
import org.esip.ticketing.api.SatisfactionGrade;
import org.esip.ticketing.api.TimeRequest;

/**
 * The body of each step of a ticket (Appendix A), one small record a step, with the field names every step has
 * always used. A field a step does not read is refused (400 naming it) instead of being ignored. {@code version}
 * is the ticket's version the caller saw (optimistic locking); the steps that do not change a versioned state
 * (revisits, links) accept it and do not need it.
 */
final class StepBodies {
    private StepBodies() {
    }

    /** A body that carries the ticket version the caller saw. */
    interface Versioned {
        Long version();
    }

    public record Accept(Long version, String remark, String domain) implements Versioned {
    }

    public record Reject(Long version, String reason) implements Versioned {
    }

    public record RequestInformation(Long version, List<String> missingItems) implements Versioned {
    }

    public record SupplyInformation(Long version, String description) implements Versioned {
    }

    public record Assign(Long version, Assignment assignment) implements Versioned {
    }

    public record Sign(Long version) implements Versioned {
    }

    public record GiveBack(Long version, String reason) implements Versioned {
    }

    public record Start(Long version, String remark) implements Versioned {
    }

    public record Resolve(Long version, String result, BigDecimal fee) implements Versioned {
    }

    public record Feedback(Long version, Channel channel, String remark) implements Versioned {
    }

    public record Evaluate(Long version, SatisfactionGrade grade, String comment) implements Versioned {
    }

    public record Close(Long version, String remark) implements Versioned {
    }

    public record Revisit(Long version, String remark) implements Versioned {
    }

    public record RequestTime(Long version, TimeRequest.Kind kind, Integer workingDays, String reason)
            implements Versioned {
    }

    public record DecideTime(Long version, Boolean approve, String remark) implements Versioned {
    }

    public record Correction(Long version, String remark) implements Versioned {
    }

    public record Link(Long version, Long otherId, String remark) implements Versioned {
    }

    public record Merge(Long version, Long intoId, String remark) implements Versioned {
    }

    public record Appointment(Long version, Instant appointmentAt, String remark) implements Versioned {
    }
}
