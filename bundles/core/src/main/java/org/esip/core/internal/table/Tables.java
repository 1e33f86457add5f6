package org.esip.core.internal.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.esip.core.api.TableFormat;
import org.esip.core.internal.i18n.Violations;

/**
 * Reads and writes spreadsheets: CSV with Apache Commons CSV, XLSX with fastexcel. A file that cannot
 * be read is a validation error on field {@code file}, never a stack trace.
 */
public final class Tables {
    /** The largest file accepted, in bytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most data rows accepted in one file. */
    public static final int MAX_ROWS = 20_000;
    private static final char BOM = '\uFEFF';

    private Tables() {
    }

    /**
     * @throws org.esip.core.api.ValidationException on field {@code file} when the file is empty, too
     *                                               large, not of its format, or has no header row
     */
    public static Table read(byte[] content, TableFormat format) {
        Violations v = new Violations();
        if (format == null) {
            v.add("file", "file.format").throwIfAny();
        }
        if (content == null || content.length == 0) {
            v.add("file", "file.empty").throwIfAny();
        }
        if (content.length > MAX_BYTES) {
            v.add("file", "file.too-large", MAX_BYTES / (1024 * 1024)).throwIfAny();
        }
        Table table;
        try {
            table = format == TableFormat.CSV ? readCsv(content) : readXlsx(content);
        } catch (IOException | RuntimeException unreadable) {
            v.add("file", "file.unreadable", format.name()).throwIfAny();
            return null;
        }
        if (table.headers().stream().allMatch(String::isEmpty)) {
            v.add("file", "file.no-header").throwIfAny();
        }
        if (table.rows().size() > MAX_ROWS) {
            v.add("file", "file.too-many-rows", MAX_ROWS).throwIfAny();
        }
        return table;
    }

    private static Table readCsv(byte[] content) throws IOException {
        Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(skipBom(reader))) {
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (headers == null) {
                    headers = record.toList().stream().map(Tables::header).toList();
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < headers.size(); i++) {
                    put(cells, headers.get(i), record.get(i));
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
            }
            return new Table(headers == null ? List.of("") : headers, rows);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(reader, 1);
        int first = r.read();
        if (first != -1 && first != BOM) {
            r.unread(first);
        }
        return r;
    }

    private static Table readXlsx(byte[] content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            Optional<Sheet> first = workbook.getFirstSheet() == null ? Optional.empty()
                    : Optional.of(workbook.getFirstSheet());
            if (first.isEmpty()) {
                return new Table(List.of(""), List.of());
            }
            List<String> headers = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.dhatim.fastexcel.reader.Row row : first.get().read()) {
                if (headers == null) {
                    List<String> h = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        h.add(header(text(row.getCell(i))));
                    }
                    headers = h;
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < row.getCellCount() && i < headers.size(); i++) {
                    put(cells, headers.get(i), text(row.getCell(i)));
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row(row.getRowNum(), cells));
                }
            }
            return new Table(headers == null ? List.of("") : headers, rows);
        }
    }

    /** A cell's text as a person sees it: whole numbers without ".0", dates as yyyy-MM-dd. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        switch (cell.getType()) {
            case NUMBER: {
                BigDecimal n = cell.asNumber();
                String raw = cell.getRawValue();
                // A date cell holds a serial day number; keep plain numbers as they are.
                return n == null ? raw : n.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN:
                return String.valueOf(cell.asBoolean());
            case EMPTY:
                return null;
            default:
                return cell.getText();
        }
    }

    private static String header(String raw) {
        return raw == null ? "" : raw.replace(String.valueOf(BOM), "").strip();
    }

    private static void put(Map<String, String> cells, String header, String value) {
        if (!header.isEmpty() && value != null && !value.isBlank()) {
            cells.put(header, value.strip());
        }
    }

    /** Writes a header row and data rows (null cells left blank). */
    public static byte[] write(TableFormat format, List<String> headers, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == TableFormat.CSV) {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(BOM);
                try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                    printer.printRecord(headers);
                    for (List<String> row : rows) {
                        printer.printRecord(row);
                    }
                }
            } else {
                Workbook workbook = new Workbook(out, "esip", "1.0");
                Worksheet sheet = workbook.newWorksheet("esip");
                for (int c = 0; c < headers.size(); c++) {
                    sheet.value(0, c, headers.get(c));
                    sheet.style(0, c).bold().set();
                }
                for (int r = 0; r < rows.size(); r++) {
                    List<String> row = rows.get(r);
                    for (int c = 0; c < row.size(); c++) {
                        if (row.get(c) != null) {
                            // Everything as text, so that codes keep their leading zeros and long digits.
                            sheet.value(r + 1, c, row.get(c));
                        }
                    }
                }
                workbook.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
