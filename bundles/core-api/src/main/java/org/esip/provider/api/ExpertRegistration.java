package org.esip.provider.api;

import java.util.Set;

/** A new expert (entering the pool), or (with {@link #version}) the expert's new descriptive state. */
public record ExpertRegistration(Long version, String name, String idNumber, Set<ServiceDomain> domains, String title,
        Boolean seniorTitle, String employer, String phone, String email, Boolean volunteer, String regionCode,
        Set<String> tags) {
}
