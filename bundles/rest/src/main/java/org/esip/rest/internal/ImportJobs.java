package org.esip.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.esip.core.api.Actor;
import org.esip.core.api.ConflictException;
import org.esip.core.api.NotFoundException;
import org.esip.core.api.ValidationException;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportReport;

/**
 * The spreadsheet imports of this node, running or finished in the last ten minutes, by the id their client chose
 * (header {@code Import-Id}), so that a page can poll an import's progress while its upload request still waits
 * for the report. Only the account that started an import reads its progress.
 */
final class ImportJobs {
    static final String HEADER = "Import-Id";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Duration KEPT = Duration.ofMinutes(10);
    private static final Map<String, Job> JOBS = new ConcurrentHashMap<>();

    private record Job(String owner, ImportProgress progress, Instant at) {
    }

    private ImportJobs() {
    }

    /**
     * Runs an import, recording its progress under {@code id} (if the client chose one) until it ends, failed or not.
     *
     * @throws ValidationException on field {@code Import-Id} when it is malformed
     * @throws ConflictException   when an import with that id is still running
     */
    static ImportReport run(String id, String registry, Actor actor, Function<ImportProgress.Listener, ImportReport> run) {
        if (id == null || id.isBlank()) {
            return run.apply(ImportProgress.Listener.NONE);
        }
        String key = registry + "/" + id;
        ImportProgress.Listener listener = start(id, key, actor);
        try {
            return run.apply(listener);
        } finally {
            JOBS.computeIfPresent(key, (k, j) -> j.progress.phase() == ImportProgress.Phase.DONE ? j
                    : new Job(j.owner, new ImportProgress(ImportProgress.Phase.DONE, j.progress.total(),
                            j.progress.checked(), j.progress.stored()), Instant.now()));
        }
    }

    private static ImportProgress.Listener start(String id, String key, Actor actor) {
        if (!ID.matcher(id).matches()) {
            throw new ValidationException(RestMessages.zh("request.invalid"), RestMessages.en("request.invalid"),
                    List.of(RestMessages.violation(HEADER, "import.id")));
        }
        Instant now = Instant.now();
        JOBS.values().removeIf(j -> j.at.plus(KEPT).isBefore(now));
        Job first = new Job(actor.username(), new ImportProgress(ImportProgress.Phase.CHECKING, 0, 0, 0), now);
        Job before = JOBS.compute(key, (k, j) -> j == null || j.progress.phase() == ImportProgress.Phase.DONE ? first : j);
        if (before != first) {
            throw new ConflictException("import.running", HEADER, RestMessages.zh("import.running"),
                    RestMessages.en("import.running"));
        }
        return p -> JOBS.put(key, new Job(actor.username(), p, Instant.now()));
    }

    /**
     * The progress of the caller's import {@code id} of {@code registry}.
     *
     * @throws NotFoundException when the caller started no such import in the last ten minutes
     */
    static ImportProgress progress(String id, String registry, Actor actor) {
        Job j = id == null ? null : JOBS.get(registry + "/" + id);
        if (j == null || !j.owner.equals(actor.username()) || j.at.plus(KEPT).isBefore(Instant.now())) {
            throw new NotFoundException("import.not-found", RestMessages.zh("import.not-found", id),
                    RestMessages.en("import.not-found", id));
        }
        return j.progress;
    }
}
