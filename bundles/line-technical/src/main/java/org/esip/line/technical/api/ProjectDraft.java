package org.esip.line.technical.api;

import java.util.List;

/**
 * A new project or a change of one, as entered; choices as text ({@link ProjectKind}, {@link PosterKind},
 * {@link Maturity}, {@link Cooperation}) so every bad field is named at once.
 */
public record ProjectDraft(String title, String kind, String posterKind, Long posterId, String posterName,
        String industryCode, String maturity, String cooperation, List<String> tags, String summary, Boolean open,
        Long version) {
}
