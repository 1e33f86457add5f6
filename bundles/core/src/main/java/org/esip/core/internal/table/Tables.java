package org.esip.core.internal.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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
    /** The most characters in one cell (Excel's own limit). */
    public static final int MAX_CELL = 32_767;
    /** The most bytes an XLSX may inflate to, all its parts together: a "zip bomb" is refused before it is read. */
    public static final long MAX_UNZIPPED = 128L * 1024 * 1024;
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
            if (format == TableFormat.XLSX) {
                checkInflatedSize(content);
            }
            table = format == TableFormat.CSV ? readCsv(content) : readXlsx(content);
        } catch (TooBig big) {
            v.add("file", big.key, big.args).throwIfAny();
            return null;
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
                    headers = record.toList().stream().map(h -> header(bounded(h, 1))).toList();
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < headers.size(); i++) {
                    put(cells, headers.get(i), Formulas.unquote(bounded(record.get(i), (int) record.getRecordNumber())));
                }
                if (rows.size() >= MAX_ROWS && !cells.isEmpty()) {
                    throw new TooBig("file.too-many-rows", MAX_ROWS);
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row((int) record.getRecordNumber(), cells));
                }
            }
            return new Table(headers == null ? List.of("") : headers, rows);
        }
    }

    private static Reader skipBom(Reader reader) throws IOException {
        PushbackReader r = new PushbackReader(reader, 1);
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
            for (Row row : first.get().read()) {
                if (headers == null) {
                    List<String> h = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        h.add(header(bounded(text(row.getCell(i)), row.getRowNum())));
                    }
                    headers = h;
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < row.getCellCount() && i < headers.size(); i++) {
                    put(cells, headers.get(i), bounded(text(row.getCell(i)), row.getRowNum()));
                }
                if (rows.size() >= MAX_ROWS && !cells.isEmpty()) {
                    throw new TooBig("file.too-many-rows", MAX_ROWS);
                }
                if (!cells.isEmpty()) {
                    rows.add(new Table.Row(row.getRowNum(), cells));
                }
            }
            return new Table(headers == null ? List.of("") : headers, rows);
        }
    }

    /** A limit the file goes beyond: reported on its field, reading stops at once. */
    private static final class TooBig extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;
        final Object[] args;

        TooBig(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    /** A cell no longer than {@link #MAX_CELL}, or a refusal naming its row (never echoing the cell). */
    private static String bounded(String cell, int row) {
        if (cell != null && cell.length() > MAX_CELL) {
            throw new TooBig("file.cell-too-long", row, MAX_CELL);
        }
        return cell;
    }

    /**
     * Inflates every part of an XLSX (a zip) into nothing, counting the bytes really produced (not what the
     * entries claim), and refuses the file once they pass {@link #MAX_UNZIPPED}: a few hundred KB that inflate
     * to gigabytes cost at most that much work and never reach the heap.
     */
    private static void checkInflatedSize(byte[] content) throws IOException {
        // Read through the central directory (java.util.zip.ZipFile): the local headers of streamed XLSX files
        // carry no sizes, which ZipInputStream refuses.
        Path temp = Files.createTempFile("esip-xlsx-", ".zip");
        try {
            Files.write(temp, content);
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries();
                        entries.hasMoreElements();) {
                    try (InputStream in = zip.getInputStream(entries.nextElement())) {
                        for (int n; (n = in.read(buffer)) > 0;) {
                            total += n;
                            if (total > MAX_UNZIPPED) {
                                throw new TooBig("file.unzipped-too-large", MAX_UNZIPPED / (1024 * 1024));
                            }
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(temp);
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
                        printer.printRecord(row.stream().map(Formulas::quote).toList());
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
