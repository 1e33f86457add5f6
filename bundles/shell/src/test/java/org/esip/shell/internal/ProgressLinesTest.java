package org.esip.shell.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.esip.backup.api.BackupProgress;
import org.esip.registry.api.ImportProgress;
import org.esip.registry.api.ImportProgress.Phase;
import org.junit.Test;

/** What the console prints while an import or a backup runs. */
public class ProgressLinesTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    public void anImportPrintsEachPhaseAndAboutEveryTenthOfItsRows() {
        ImportProgressLines lines = new ImportProgressLines(out);
        for (int checked = 0; checked < 20_000; checked += 500) {
            lines.progress(new ImportProgress(Phase.CHECKING, 20_000, checked, 0));
        }
        for (int stored = 0; stored <= 20_000; stored += 500) {
            lines.progress(new ImportProgress(Phase.STORING, 20_000, 20_000, stored));
        }
        lines.progress(new ImportProgress(Phase.DONE, 20_000, 20_000, 20_000));
        List<String> printed = lines();
        assertEquals("检查 Checking: 0 / 20000 行 rows", printed.get(0));
        assertEquals("检查 Checking: 2000 / 20000 行 rows", printed.get(1));
        assertEquals("写入 Storing: 0 / 20000 行 rows", printed.get(10));
        assertEquals("写入 Storing: 20000 / 20000 行 rows", printed.get(20));
        assertEquals("完成 Done: 已检查 checked 20000 行 rows, 事务中已写入 written in the transaction 20000 行 rows",
                printed.get(21));
        assertEquals(22, printed.size());
    }

    @Test
    public void aBackupPrintsEachTableWithItsRowsAndBytes() {
        BackupCommands.progress(out, new BackupProgress("ticket", 7, 42, 100_000, 1_234_567, false));
        BackupCommands.progress(out, new BackupProgress("ticket", 7, 42, 150_000, 1_834_567, true));
        assertEquals(List.of("[7/42] ticket: 100000 行 rows, 1234567 字节 bytes …",
                "[7/42] ticket: 150000 行 rows, 1834567 字节 bytes"), lines());
    }
}
