package org.esip.shell.internal;

import java.io.PrintStream;

import org.esip.registry.api.ImportProgress;

/** Prints an import's progress as it runs: each phase, and about every tenth of the rows within one. */
final class ImportProgressLines implements ImportProgress.Listener {
    private final PrintStream out;
    private ImportProgress.Phase phase;
    private int printed;

    ImportProgressLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(ImportProgress p) {
        int done = p.phase() == ImportProgress.Phase.CHECKING ? p.checked() : p.stored();
        if (p.phase() == phase && done - printed < Math.max(1, p.total() / 10)) {
            return;
        }
        phase = p.phase();
        printed = done;
        out.println(line(p));
        out.flush();
    }

    static String line(ImportProgress p) {
        return switch (p.phase()) {
            case CHECKING -> String.format("检查 Checking: %d / %d 行 rows", p.checked(), p.total());
            case STORING -> String.format("写入 Storing: %d / %d 行 rows", p.stored(), p.total());
            case DONE -> String.format("完成 Done: 已检查 checked %d 行 rows, 事务中已写入 written in the transaction %d 行 rows", p.checked(),
                    p.stored());
        };
    }
}
