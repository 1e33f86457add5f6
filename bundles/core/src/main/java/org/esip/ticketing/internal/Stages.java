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

    /** The key of a stage: its name once overdue, with {@code -DUE} once reminded on its last day. */
    static String key(Stage stage, boolean reminder) {
        return reminder ? stage.name() + "-DUE" : stage.name();
    }

    static boolean contains(String stages, Stage stage) {
        return contains(stages, key(stage, false));
    }

    static boolean contains(String stages, String key) {
        return parse(stages).contains(key);
    }

    static String with(String stages, Stage stage) {
        return with(stages, key(stage, false));
    }

    static String with(String stages, String key) {
        Set<String> set = parse(stages);
        set.add(key);
        return format(set);
    }

    /** Without the stages (and their reminders): their clocks start again. */
    static String without(String stages, Stage... removed) {
        Set<String> set = parse(stages);
        for (Stage s : removed) {
            set.remove(key(s, false));
            set.remove(key(s, true));
        }
        return format(set);
    }
}
