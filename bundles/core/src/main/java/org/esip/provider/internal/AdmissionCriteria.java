package org.esip.provider.internal;

import java.util.ArrayList;
import java.util.List;

import org.esip.core.internal.i18n.Messages;
import org.esip.provider.api.Organisation;

/**
 * Clause 6.3.2's requirements for admitting a service organisation: a) a relevant professional qualification
 * (at least one that has not expired), b) good business credit without bad records, c) the capability to serve
 * (at least one service domain). Pure, so it is tested without a database.
 */
final class AdmissionCriteria {
    private AdmissionCriteria() {
    }

    /** One criterion that is not met, in Chinese and English. */
    record Failure(String code, String zh, String en) {
    }

    /** Every criterion {@code o} does not meet; empty when it may be admitted. */
    static List<Failure> failures(Organisation o) {
        List<Failure> out = new ArrayList<>();
        boolean qualified = o.qualifications().stream().anyMatch(q -> !Boolean.TRUE.equals(q.expired()));
        if (!qualified) {
            out.add(failure("no-qualification"));
        }
        if (!o.creditGood()) {
            String note = o.creditNote() == null || o.creditNote().isBlank() ? "—" : o.creditNote();
            out.add(new Failure("bad-credit", Messages.zh("organisation.criterion.bad-credit", note),
                    Messages.en("organisation.criterion.bad-credit", note)));
        }
        if (o.domains().isEmpty()) {
            out.add(failure("no-domain"));
        }
        return out;
    }

    private static Failure failure(String code) {
        return new Failure(code, Messages.zh("organisation.criterion." + code), Messages.en("organisation.criterion." + code));
    }
}
