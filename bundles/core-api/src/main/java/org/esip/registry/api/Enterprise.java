package org.esip.registry.api;

import java.time.Instant;
import java.util.Set;

/**
 * An enterprise the platform serves (服务对象, clause 4.4.2).
 *
 * @param id           the platform's identifier
 * @param creditCode   unified social credit code (统一社会信用代码, GB 32100-2015)
 * @param name         registered name
 * @param regionCode   administrative division code (GB/T 2260, 6 digits)
 * @param industryCode national economic industry classification (GB/T 4754-2017), e.g. {@code C3411}
 * @param tags         tags used by matching and search
 * @param createdAt    when it was registered on the platform
 * @param version      optimistic-lock version
 */
public record Enterprise(long id, String creditCode, String name, String regionCode, String industryCode,
        Set<String> tags, Instant createdAt, long version) {
    public Enterprise {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
