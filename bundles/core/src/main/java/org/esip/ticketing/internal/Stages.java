package org.esip.ticketing.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The stages a ticket was escalated at, kept as {@code ,ACCEPT,RESOLVE,} in one column. */
final class Stages {
    private Stages() {
    }

    private static Set<String> parse(String stages) {
        Set<String> set = new LinkedHashSet<>();
        if (stages != null) {
            Arrays.stream(stages.split(",")).filter(s -> !s.isBlank()).forEach(set::add);
        }
        return set;
    }

    private static String format(Set<String> set) {
        return set.isEmpty() ? null : set.stream().collect(Collectors.joining(",", ",", ","));
    }

    static boolean contains(String stages, Stage stage) {
        return parse(stages).contains(stage.name());
    }

    static String with(String stages, Stage stage) {
        Set<String> set = parse(stages);
        set.add(stage.name());
        return format(set);
    }

    static String without(String stages, Stage... removed) {
        Set<String> set = parse(stages);
        for (Stage s : removed) {
            set.remove(s.name());
        }
        return format(set);
    }
}
