package org.esip.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.esip.core.api.TableFormat;
import org.esip.provider.api.OrganisationService;

@Command(scope = "esip", name = "org-import", description = "导入服务机构名录（CSV 或 XLSX，全部成功才保存） Import organisations from CSV or XLSX, all or nothing")
@Service
public class OrganisationImportCommand extends ConsoleCommand {

    @Reference
    OrganisationService organisations;

    @Argument(index = 0, name = "file", required = true, description = "文件路径 File (.csv or .xlsx)")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--dry-run", description = "只检查不保存 Check only, store nothing")
    boolean dryRun;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        TableFormat format = TableFormat.of(path.getFileName().toString());
        if (!Files.isReadable(path) || format == null) {
            out().println("无法读取文件或格式不是 .csv/.xlsx Cannot read the file, or it is not .csv/.xlsx: " + path);
            return null;
        }
        EnterpriseImportCommand.print(out(), organisations.importTable(Operator.current(), Files.readAllBytes(path), format,
                dryRun, new ImportProgressLines(out())));
        return null;
    }
}
