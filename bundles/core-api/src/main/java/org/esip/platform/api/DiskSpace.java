package org.esip.platform.api;

/**
 * Free room where the platform writes files: {@code content} (attachments) and {@code backups}. {@code low} is
 * true below the configured minimum; the platform is then {@code DEGRADED}.
 */
public record DiskSpace(String name, String path, long freeMb, long minimumMb, boolean low) {
}
