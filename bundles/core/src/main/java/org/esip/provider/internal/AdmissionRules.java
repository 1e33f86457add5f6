package org.esip.provider.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.ConflictException;
import org.esip.core.internal.i18n.Messages;
import org.esip.provider.api.OrganisationStatus;

/**
 * The admission lifecycle of service organisations (clause 6.3):
 * APPLIED → ADMITTED (with agreement) → SUSPENDED → ADMITTED again, and EXITED from any of them,
 * after which nothing changes any more.
 */
public final class AdmissionRules {
    private static final Map<OrganisationStatus, Set<OrganisationStatus>> ALLOWED = Map.of(
            OrganisationStatus.APPLIED, EnumSet.of(OrganisationStatus.ADMITTED, OrganisationStatus.EXITED),
            OrganisationStatus.ADMITTED, EnumSet.of(OrganisationStatus.SUSPENDED, OrganisationStatus.EXITED),
            OrganisationStatus.SUSPENDED, EnumSet.of(OrganisationStatus.ADMITTED, OrganisationStatus.EXITED),
            OrganisationStatus.EXITED, EnumSet.noneOf(OrganisationStatus.class));

    private AdmissionRules() {
    }

    public static Set<OrganisationStatus> allowedFrom(OrganisationStatus from) {
        return ALLOWED.get(from);
    }

    /** @throws ConflictException on field {@code status}, naming the allowed next states */
    public static void check(OrganisationStatus from, OrganisationStatus to) {
        if (!ALLOWED.get(from).contains(to)) {
            String allowed = ALLOWED.get(from).isEmpty() ? "—"
                    : ALLOWED.get(from).stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ConflictException("organisation.transition", "status",
                    Messages.zh("organisation.transition", from, to, allowed),
                    Messages.en("organisation.transition", from, to, allowed));
        }
    }
}
