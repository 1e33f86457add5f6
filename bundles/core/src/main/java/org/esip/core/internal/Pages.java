package org.esip.core.internal;

import org.esip.core.api.PageRequest;
import org.esip.core.internal.i18n.Violations;

/** The one rule for page requests. */
public final class Pages {
    private Pages() {
    }

    public static PageRequest validate(PageRequest request) {
        PageRequest r = request == null ? PageRequest.first() : request;
        Violations v = new Violations();
        if (r.page() < 0) {
            v.add("page", "page.negative");
        }
        if (r.size() < 1 || r.size() > PageRequest.MAX_SIZE) {
            v.add("size", "page.size-range", PageRequest.MAX_SIZE);
        }
        if (v.list().isEmpty() && r.beyondReach()) {
            v.add("page", "page.too-far", r.page(), r.size(), PageRequest.MAX_OFFSET);
        }
        v.throwIfAny();
        return r;
    }
}
