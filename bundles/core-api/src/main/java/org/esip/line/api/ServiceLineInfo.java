package org.esip.line.api;

/** What the platform says about an installed service line. */
public record ServiceLineInfo(String id, String nameZh, String nameEn, String version, String basePath) {
}
