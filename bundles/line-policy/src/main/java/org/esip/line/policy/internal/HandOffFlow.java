package org.esip.line.policy.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.esip.line.policy.api.HandOffStatus;

/**
 * The one place for how a tracked application moves: a hand-off HANDED_OFF → ACCEPTED → APPROVED → PAID_OUT, a
 * 免申即享 one CONFIRMED → PAID_OUT; either may end REJECTED.
 */
final class HandOffFlow {
    private static final Map<HandOffStatus, Set<HandOffStatus>> NEXT = new EnumMap<>(HandOffStatus.class);

    static {
        NEXT.put(HandOffStatus.HANDED_OFF, EnumSet.of(HandOffStatus.ACCEPTED, HandOffStatus.REJECTED));
        // 免申即享: confirmed by the enterprise, then paid out (or refused, with the reason).
        NEXT.put(HandOffStatus.CONFIRMED, EnumSet.of(HandOffStatus.PAID_OUT, HandOffStatus.REJECTED));
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
