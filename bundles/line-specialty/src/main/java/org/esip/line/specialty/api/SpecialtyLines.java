package org.esip.line.specialty.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The specialty lines this platform serves from its definition files. */
@ProviderType
public interface SpecialtyLines {

    /** Every definition file with its status, by file name. */
    List<DefinitionStatus> statuses();

    /** The definition served for line {@code id}, if one is. */
    Optional<SpecialtyDefinition> served(String id);

    /** Reads the definitions folder now (the watcher also does so every few seconds). */
    void rescan();
}
