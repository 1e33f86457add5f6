package org.esip.core.internal.seam;

import java.util.LinkedHashSet;
import java.util.Set;

import org.esip.core.internal.i18n.Violations;

/** The rule for tags, which the enterprise registry and the providers' registry both keep (clause 4.4.2). */
public final class TagRules {
    public static final int TAG_MAX = 64;
    public static final int TAGS_MAX = 50;

    private TagRules() {
    }

    /** Tags of any registry: not blank, at most 64 characters each and 50 in all. */
    public static Set<String> checkTags(Violations v, Set<String> rawTags) {
        Set<String> tags = new LinkedHashSet<>();
        if (rawTags != null) {
            for (String tag : rawTags) {
                if (tag == null || tag.isBlank()) {
                    v.add("tags", "tags.blank");
                } else if (tag.strip().length() > TAG_MAX) {
                    v.add("tags", "tags.too-long", TAG_MAX);
                } else {
                    tags.add(tag.strip());
                }
            }
            if (tags.size() > TAGS_MAX) {
                v.add("tags", "tags.too-many", TAGS_MAX);
            }
        }
        return tags;
    }
}
