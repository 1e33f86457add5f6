package org.esip.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.TableFormat;

@Command(scope = "esip", name = "enterprise-export", description = "导出查找结果（CSV 或 XLSX，可再导入） Export a search to CSV or XLSX (re-importable)")
@Service
public class EnterpriseExportCommand extends EnterpriseListCommand {

    @Argument(index = 0, name = "file", required = true, description = "目标文件 Target file (.csv or .xlsx)")
    String file;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        TableFormat format = TableFormat.of(path.getFileName().toString());
        if (format == null) {
            out().println("文件须为 .csv 或 .xlsx The file must be .csv or .xlsx: " + path);
            return null;
        }
        Files.write(path, enterprises.exportTable(query(), format));
        out().println("已导出 Exported to " + path.toAbsolutePath());
        return null;
    }
}
