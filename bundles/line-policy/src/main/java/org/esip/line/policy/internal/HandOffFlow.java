package org.esip.line.policy.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.esip.line.policy.api.HandOffStatus;

/** The one place for how a handed-off application moves: HANDED_OFF → ACCEPTED → APPROVED → PAID_OUT, or REJECTED. */
final class HandOffFlow {
    private static final Map<HandOffStatus, Set<HandOffStatus>> NEXT = new EnumMap<>(HandOffStatus.class);

    static {
        NEXT.put(HandOffStatus.HANDED_OFF, EnumSet.of(HandOffStatus.ACCEPTED, HandOffStatus.REJECTED));
        NEXT.put(HandOffStatus.ACCEPTED, EnumSet.of(HandOffStatus.APPROVED, HandOffStatus.REJECTED));
        NEXT.put(HandOffStatus.APPROVED, EnumSet.of(HandOffStatus.PAID_OUT));
        NEXT.put(HandOffStatus.REJECTED, EnumSet.noneOf(HandOffStatus.class));
        NEXT.put(HandOffStatus.PAID_OUT, EnumSet.noneOf(HandOffStatus.class));
    }

    private HandOffFlow() {
    }

    static boolean allowed(HandOffStatus from, HandOffStatus to) {
        return from != null && NEXT.get(from).contains(to);
    }

    static Set<HandOffStatus> next(HandOffStatus from) {
        return from == null ? Set.of() : NEXT.get(from);
    }
}
