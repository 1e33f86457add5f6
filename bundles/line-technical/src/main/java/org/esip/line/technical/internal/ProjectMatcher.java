package org.esip.line.technical.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.esip.line.technical.api.Project;
import org.esip.line.technical.api.ProjectMatch;

/**
 * Matches an enterprise to the projects of the library (clause 5.2.4.2) by industry and tags, and says why: the
 * project's industry code is a prefix of the enterprise's (same class: 50 points), or they share the industry
 * division (first letter and two digits: 30); each common tag adds 15. A section alone (all of manufacturing)
 * says nothing; a project scoring nothing is not a match.
 */
final class ProjectMatcher {
    private ProjectMatcher() {
    }

    static ProjectMatch match(String industryCode, Set<String> enterpriseTags, Project p) {
        int score = 0;
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        String mine = industryCode == null ? "" : industryCode.strip().toUpperCase(Locale.ROOT);
        String theirs = p.industryCode() == null ? "" : p.industryCode().strip().toUpperCase(Locale.ROOT);
        if (!mine.isEmpty() && !theirs.isEmpty()) {
            if (mine.startsWith(theirs)) {
                score += 50;
                zh.add(Technical.TEXTS.zh("match.industry", mine, theirs));
                en.add(Technical.TEXTS.en("match.industry", mine, theirs));
            } else if (mine.length() >= 3 && theirs.length() >= 3 && mine.substring(0, 3).equals(theirs.substring(0, 3))) {
                score += 30;
                zh.add(Technical.TEXTS.zh("match.division", mine, theirs, mine.substring(0, 3)));
                en.add(Technical.TEXTS.en("match.division", mine, theirs, mine.substring(0, 3)));
            }
        }
        Set<String> common = new LinkedHashSet<>(p.tags());
        common.retainAll(enterpriseTags == null ? Set.of() : enterpriseTags);
        for (String tag : common) {
            score += 15;
            zh.add(Technical.TEXTS.zh("match.tag", tag));
            en.add(Technical.TEXTS.en("match.tag", tag));
        }
        return new ProjectMatch(p, score, zh, en);
    }
}
