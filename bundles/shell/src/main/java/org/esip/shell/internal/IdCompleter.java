package org.esip.shell.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.esip.core.api.PageRequest;

/**
 * Tab completion of record ids: offers the ids of the first records (newest or by name, as the list
 * command shows them) with each record's name beside the id, so an operator picks by name.
 */
abstract class IdCompleter implements Completer {
    static final PageRequest FIRST = new PageRequest(0, PageRequest.MAX_SIZE);

    /** Id → name of the records to offer, in display order. */
    abstract Map<Long, String> names();

    static <T> Map<Long, String> names(List<T> records, ToLongFunction<T> id, Function<T, String> name) {
        Map<Long, String> names = new LinkedHashMap<>();
        records.forEach(r -> names.put(id.applyAsLong(r), name.apply(r)));
        return names;
    }

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        names().keySet().forEach(id -> ids.getStrings().add(Long.toString(id)));
        return ids.complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        String typed = commandLine.getCursorArgument() == null ? ""
                : commandLine.getCursorArgument().substring(0, commandLine.getArgumentPosition());
        List<Candidate> found = new ArrayList<>();
        names().forEach((id, name) -> {
            String value = Long.toString(id);
            if (value.startsWith(typed)) {
                found.add(new Candidate(value, value, null, name, null, null, true));
            }
        });
        candidates.addAll(found);
    }
}
