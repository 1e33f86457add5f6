package org.esip.platform.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The service lines the platform runs, kept in its database (clause 5.1.3): with several nodes on one database,
 * a line installed or uninstalled on one node is recorded here, and every node converges on this record at start
 * and while it runs.
 */
@ProviderType
public interface PlatformLineMix {

    /** Every line ever recorded, by line id. */
    List<LineMixEntry> entries();

    /**
     * Records that this node installed ({@code installed}) or uninstalled line {@code lineId}.
     *
     * @return whether the record changed (recording what is already recorded changes nothing)
     */
    boolean record(String lineId, boolean installed);

    /** This node's id: stable across restarts of the same installation, different for every installation. */
    String nodeId();
}
