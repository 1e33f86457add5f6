package org.esip.platform.api;

/**
 * Who this platform is (clauses 3.1, 4.3.1): its region and its name, which is always
 * "&lt;region name&gt;企业服务综合平台".
 */
public record PlatformIdentity(String regionCode, String regionName, String displayName, String displayNameEn) {
}
