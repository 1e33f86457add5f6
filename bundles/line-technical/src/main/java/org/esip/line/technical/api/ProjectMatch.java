package org.esip.line.technical.api;

import java.util.List;

/** A project matched to an enterprise by industry and tags, with the reasons in both languages. */
public record ProjectMatch(Project project, int score, List<String> reasonsZh, List<String> reasonsEn) {
    public ProjectMatch {
        reasonsZh = List.copyOf(reasonsZh);
        reasonsEn = List.copyOf(reasonsEn);
    }
}
