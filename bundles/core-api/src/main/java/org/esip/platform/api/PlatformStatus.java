package org.esip.platform.api;

import java.util.List;

import org.esip.line.api.ServiceLineInfo;

/** The platform's health as {@code GET /health} and {@code esip:status} show it. */
public record PlatformStatus(String status, String version, PlatformIdentity platform, String databaseProduct,
        String databaseVersion, List<ServiceLineInfo> serviceLines) {
    public PlatformStatus {
        serviceLines = List.copyOf(serviceLines);
    }
}
