package org.esip.ticketing.internal;

import org.esip.core.internal.i18n.Violations;
import org.esip.provider.api.ServiceDomain;

/** The checks of what a step is given (remarks, reasons, a service domain): each failure is a 400 naming its field. */
final class StepInput {
    private StepInput() {
    }

    static String required(String field, String value, int max) {
        Violations v = new Violations();
        String s = v.requireText(field, value, max);
        v.throwIfAny();
        return s;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(field, value, max);
    }

    /** A service domain by name, or a violation on {@code domain}. */
    static String domain(Violations v, String domain) {
        if (domain == null || domain.isBlank()) {
            return null;
        }
        try {
            return ServiceDomain.valueOf(domain.strip()).name();
        } catch (IllegalArgumentException e) {
            v.add("domain", "ticket.domain-unknown", domain.strip());
            return null;
        }
    }
}
