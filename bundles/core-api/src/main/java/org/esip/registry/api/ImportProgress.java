package org.esip.registry.api;

/**
 * How far a spreadsheet import is: its phase, the rows in the file, how many of them were checked and how many
 * were written (inside the import's one transaction, so nothing is visible to others before it commits).
 */
public record ImportProgress(Phase phase, int total, int checked, int stored) {
    /** The steps of an import, in order. */
    public enum Phase {
        /** Each row checked by the registry's rules, nothing written yet. */
        CHECKING,
        /** The accepted rows written in one transaction. */
        STORING,
        /** Committed, rolled back (a rejected row) or a dry run: the report says which. */
        DONE
    }

    /** Told of an import's progress, on the thread that runs it, at most once per few hundred rows. */
    @FunctionalInterface
    public interface Listener {
        /** A listener that ignores everything. */
        Listener NONE = p -> {
        };

        void progress(ImportProgress progress);
    }
}
