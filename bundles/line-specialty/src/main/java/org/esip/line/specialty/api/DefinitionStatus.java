package org.esip.line.specialty.api;

import java.time.Instant;
import java.util.List;

/**
 * What the platform made of one definition file.
 *
 * @param file     the file's name in the definitions folder
 * @param id       the line id the file declares (or its name without {@code .json} when it has none)
 * @param valid    whether the file as it is now is a valid definition
 * @param served   whether a line from this file is registered (the file now, or its previous good version)
 * @param errors   what is wrong with the file now, each with its JSON path; empty when valid
 * @param checkedAt when the file was last read
 * @param servedSince when the served version was registered, or {@code null}
 */
public record DefinitionStatus(String file, String id, boolean valid, boolean served, List<DefinitionError> errors,
        Instant checkedAt, Instant servedSince) {
    public DefinitionStatus {
        errors = List.copyOf(errors);
    }
}
