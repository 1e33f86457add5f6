package org.esip.platform.api;

import java.util.List;

import org.esip.line.api.ServiceLineInfo;

/**
 * The platform's health as {@code GET /health} and {@code esip:status} show it: {@code UP}, {@code DEGRADED}
 * (a disk it writes to is nearly full, see {@code disks}) or {@code DOWN} (its database cannot be reached).
 */
public record PlatformStatus(String status, String version, PlatformIdentity platform, String databaseProduct,
        String databaseVersion, List<ServiceLineInfo> serviceLines, List<DiskSpace> disks) {
    public PlatformStatus {
        serviceLines = List.copyOf(serviceLines);
        disks = disks == null ? List.of() : List.copyOf(disks);
    }

    public PlatformStatus(String status, String version, PlatformIdentity platform, String databaseProduct,
            String databaseVersion, List<ServiceLineInfo> serviceLines) {
        this(status, version, platform, databaseProduct, databaseVersion, serviceLines, List.of());
    }
}
