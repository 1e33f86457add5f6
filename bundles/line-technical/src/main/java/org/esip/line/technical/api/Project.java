package org.esip.line.technical.api;

import java.time.Instant;
import java.util.List;

/**
 * A new product or new technology of the project library (clause 5.2.4.2).
 *
 * @param industryCode GB/T 4754-2017 code or prefix of the industry it serves, e.g. {@code C38}
 * @param open         whether it is still open for cooperation
 */
public record Project(long id, String title, ProjectKind kind, PosterKind posterKind, Long posterId,
        String posterName, String industryCode, Maturity maturity, Cooperation cooperation, List<String> tags,
        String summary, boolean open, Instant createdAt, long version) {
    public Project {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
