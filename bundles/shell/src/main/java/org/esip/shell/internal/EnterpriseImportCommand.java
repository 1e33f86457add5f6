package org.esip.shell.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.TableFormat;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.ImportReport;

@Command(scope = "esip", name = "enterprise-import", description = "导入企业名录（CSV 或 XLSX，全部成功才保存） Import enterprises from CSV or XLSX, all or nothing")
@Service
public class EnterpriseImportCommand extends ConsoleCommand {

    @Reference
    EnterpriseService enterprises;

    @Argument(index = 0, name = "file", required = true, description = "文件路径 File (.csv or .xlsx)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "只检查不保存 Check only, store nothing")
    boolean dryRun;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            out().println("无法读取文件 Cannot read file: " + path);
            return null;
        }
        TableFormat format = TableFormat.of(path.getFileName().toString());
        if (format == null) {
            out().println("文件须为 .csv 或 .xlsx The file must be .csv or .xlsx: " + path);
            return null;
        }
        ImportReport report = enterprises.importTable(Operator.current(), Files.readAllBytes(path), format, dryRun,
                new ImportProgressLines(out()));
        print(out(), report);
        return null;
    }

    static void print(PrintStream out, ImportReport report) {
        ConsoleTable table = new ConsoleTable();
        table.column("行 Row");
        table.column("信用代码 Credit code");
        table.column("结果 Outcome");
        table.column("原因 Reasons").maxSize(100);
        for (ImportReport.Row r : report.rows()) {
            StringBuilder reasons = new StringBuilder();
            for (FieldViolation v : r.errors()) {
                reasons.append(v.field()).append(": ").append(v.message()).append(" (").append(v.messageEn()).append("); ");
            }
            table.row(r.row(), r.key() == null ? "" : r.key(), r.outcome(), reasons.toString());
        }
        table.print(out, false);
        out.printf("共 %d 行 rows: 新增 created %d, 更新 updated %d, 未变 unchanged %d, 拒绝 rejected %d%n",
                report.total(), report.created(), report.updated(), report.unchanged(), report.rejected());
        out.println(report.committed() ? "已保存 Stored."
                : report.dryRun() ? "检查完毕，未保存 Checked only, nothing stored."
                : "有被拒绝的行，全部未保存 Rows were rejected: nothing was stored.");
    }
}
