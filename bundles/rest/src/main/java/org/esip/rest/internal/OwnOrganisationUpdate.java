package org.esip.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.esip.core.api.ForbiddenException;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;

/**
 * What an organisation's own user may change of its record (clause 6.3): its contact details (contact person,
 * phone, e-mail, address). Everything else — name, region, domains, qualifications, credit standing, presence,
 * alliance membership, tags — the platform keeps; status is never part of an update at all.
 *
 * <p>A field left out ({@code null}) keeps its stored value, so the user's form need not repeat what it may not
 * change; a field sent with a different value is refused with 403 naming it. Blank text clears a contact detail.
 */
final class OwnOrganisationUpdate {
    private OwnOrganisationUpdate() {
    }

    /** @return the full update to apply, kept fields filled in from {@code current} */
    static OrganisationRegistration merge(Organisation current, OrganisationRegistration update) {
        if (update == null) {
            return null; // the service answers 400 on the body
        }
        keep("creditCode", update.creditCode(), current.creditCode(), OwnOrganisationUpdate::code);
        keep("name", update.name(), current.name(), OwnOrganisationUpdate::text);
        keep("regionCode", update.regionCode(), current.regionCode(), OwnOrganisationUpdate::text);
        keep("domains", update.domains(), current.domains(), Function.identity());
        keep("qualifications", update.qualifications(), current.qualifications(),
                OwnOrganisationUpdate::withoutExpiry);
        keep("creditGood", update.creditGood(), current.creditGood(), Function.identity());
        keep("creditNote", update.creditNote(), current.creditNote(), OwnOrganisationUpdate::text);
        keep("presence", update.presence(), current.presence(), Function.identity());
        keep("allianceMember", update.allianceMember(), current.allianceMember(), Function.identity());
        keep("tags", update.tags(), current.tags(), Function.identity());
        return new OrganisationRegistration(update.version(), current.creditCode(), current.name(),
                current.regionCode(), given(update.address(), current.address()),
                given(update.contactPerson(), current.contactPerson()),
                given(update.contactPhone(), current.contactPhone()),
                given(update.contactEmail(), current.contactEmail()), current.domains(), current.qualifications(),
                current.creditGood(), current.creditNote(), current.presence(), current.allianceMember(),
                current.tags());
    }

    private static <T> void keep(String field, T given, T stored, Function<T, Object> comparable) {
        if (given != null && !Objects.equals(comparable.apply(given), stored == null ? null : comparable.apply(stored))) {
            throw new ForbiddenException("organisation.own-field", RestMessages.zh("organisation.own-field", field),
                    RestMessages.en("organisation.own-field", field));
        }
    }

    private static String given(String update, String stored) {
        return update == null ? stored : update;
    }

    private static Object text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Object code(String s) {
        Object t = text(s);
        return t == null ? null : t.toString().toUpperCase(Locale.ROOT);
    }

    private static Object withoutExpiry(List<OrganisationQualification> list) {
        return list.stream().map(q -> q == null ? null
                : new OrganisationQualification(q.type(), q.number(), q.issuer(), q.validUntil(), null)).toList();
    }
}
