package org.esip.shell.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.esip.backup.api.Backup;
import org.esip.backup.api.BackupProgress;
import org.esip.backup.api.BackupService;
import org.esip.backup.api.RestoreReport;
import org.esip.core.api.ValidationException;

/** Backup and restore on the console (clause 6.4.4). */
public final class BackupCommands {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private BackupCommands() {
    }

    static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    static void printRows(PrintStream out, Map<String, Long> rows) {
        ConsoleTable table = new ConsoleTable();
        table.column("表 Table");
        table.column("行数 Rows").alignRight();
        rows.forEach((name, count) -> table.row(name, count));
        table.print(out, false);
    }

    @Command(scope = "esip", name = "backup", description = "立即在线备份数据库与内容库 Take an online backup of the database and the content store now")
    @Service
    public static class Take extends ConsoleCommand {
        @Reference
        BackupService backups;

        @Override
        public Object execute() {
            PrintStream out = out();
            Backup b = backups.backup(Operator.current(), p -> progress(out, p));
            printRows(out, b.rowCounts());
            out().println("备份完成 Backup complete: " + b.folder());
            out().printf("时间 Taken at %s (Asia/Shanghai), 数据库结构版本 schema version %s, %s%n",
                    LOCAL.format(b.takenAt()), b.schemaVersion(), b.databaseProduct());
            out().printf("共 %d 行 rows in %d 张表 tables, 内容文件 content files %d (%d bytes)%n",
                    total(b.rowCounts()), b.rowCounts().size(), b.contentFiles(), b.contentBytes());
            return null;
        }
    }

    /** One line per table as the backup writes it (and every 100 000 rows of a large one). */
    static void progress(PrintStream out, BackupProgress p) {
        out.printf("[%d/%d] %s: %d 行 rows, %d 字节 bytes%s%n", p.index(), p.tables(), p.table(), p.rows(), p.bytes(),
                p.done() ? "" : " …");
        out.flush();
    }

    @Command(scope = "esip", name = "backup-list", description = "列出备份目录中的完整备份 List the complete backups, newest first")
    @Service
    public static class ListBackups extends TableCommand {
        @Reference
        BackupService backups;

        @Override
        public Object execute() {
            List<Backup> all = backups.list(Operator.current());
            ConsoleTable table = new ConsoleTable();
            table.column("备份 Backup");
            table.column("时间 Taken at (Asia/Shanghai)");
            table.column("版本 Schema");
            table.column("数据库 Database");
            table.column("行数 Rows").alignRight();
            table.column("内容文件 Files").alignRight();
            table.column("字节 Bytes").alignRight();
            for (Backup b : all) {
                table.row(b.name(), LOCAL.format(b.takenAt()), b.schemaVersion(), b.databaseProduct(),
                        total(b.rowCounts()), b.contentFiles(), b.contentBytes());
            }
            printTable(table, null);
            out().println("共 " + all.size() + " 个备份 backups" + (all.isEmpty() ? "" : " in "
                    + Path.of(all.get(0).folder()).getParent()));
            return null;
        }
    }

    @Command(scope = "esip", name = "restore", description = "从备份恢复数据库与内容库（同一数据密钥、同一结构版本） "
            + "Restore the database and the content store from a backup (same data key, same schema version)")
    @Service
    public static class Restore extends ConsoleCommand {
        @Reference
        BackupService backups;

        @Option(name = "--replace", description = "替换数据库中已有的企业与工单（否则拒绝） Replace the enterprises and tickets "
                + "the database holds (refused otherwise)")
        boolean replace;

        @Argument(index = 0, name = "folder", required = true, description = "备份目录（绝对路径，或备份目录下的名称） "
                + "Backup folder: an absolute path, or a name in the backup directory")
        @Completion(FileCompleter.class)
        String folder;

        @Override
        public Object execute() {
            RestoreReport r;
            try {
                r = backups.restore(Operator.current(), Path.of(folder.strip()), replace);
            } catch (ValidationException e) {
                // the console shows an exception's message: name what is wrong, not only that something is
                throw new IllegalArgumentException(e.violations().stream()
                        .map(v -> v.message() + " (" + v.messageEn() + ")").collect(Collectors.joining("; ")), e);
            }
            printRows(out(), r.rowCounts());
            r.warnings().forEach(w -> out().println("注意 Warning: " + w));
            out().println("恢复完成 Restore complete: " + r.folder());
            out().printf("备份时间 Backup taken at %s (Asia/Shanghai), 数据库结构版本 schema version %s%n",
                    LOCAL.format(r.backupTakenAt()), r.schemaVersion());
            out().printf("已恢复 %d 行 rows restored (替换原有 replaced %d), 内容文件 content files %d "
                    + "(写入 written %d, %d bytes)%n", total(r.rowCounts()), r.replacedRows(), r.contentFiles(),
                    r.contentWritten(), r.contentBytes());
            return null;
        }
    }
}
