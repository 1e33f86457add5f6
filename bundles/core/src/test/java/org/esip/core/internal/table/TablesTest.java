package org.esip.core.internal.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.esip.core.api.TableFormat;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.i18n.Messages;
import org.junit.Test;

/** Counties keep their lists in spreadsheets: CSV and XLSX read and written (clause 4.4.2). */
public class TablesTest {

    @Test
    public void csvWithBomAndChineseHeadersIsRead() {
        byte[] csv = "\uFEFF统一社会信用代码,企业名称\r\n91330100799655058B,\"温州甲,有限公司\"\r\n\r\n,\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Table t = Tables.read(csv, TableFormat.CSV);
        assertEquals(List.of("统一社会信用代码", "企业名称"), t.headers());
        assertEquals(1, t.rows().size());
        assertEquals(2, t.rows().get(0).number());
        assertEquals("温州甲,有限公司", t.rows().get(0).cells().get("企业名称"));
    }

    @Test
    public void whatIsWrittenReadsBackInBothFormats() {
        List<String> headers = List.of("统一社会信用代码", "企业名称", "从业人员");
        List<List<String>> rows = List.of(Arrays.asList("91330100799655058B", "温州乙鞋业有限公司", "0120"),
                Arrays.asList("91330302MA2H0K0A1X", "龙港丙印刷有限公司", null));
        for (TableFormat f : TableFormat.values()) {
            Table t = Tables.read(Tables.write(f, headers, rows), f);
            assertEquals(f.name(), headers, t.headers());
            assertEquals(f.name(), 2, t.rows().size());
            assertEquals(f.name(), "0120", t.rows().get(0).cells().get("从业人员"));
            assertEquals(f.name(), "龙港丙印刷有限公司", t.rows().get(1).cells().get("企业名称"));
            assertEquals(f.name(), 3, t.rows().get(1).number());
        }
    }

    @Test
    public void brokenFilesAreAClearErrorOnFieldFile() {
        for (Object[] c : new Object[][] {{new byte[0], TableFormat.CSV}, {"not a zip".getBytes(), TableFormat.XLSX},
                {"\n\n".getBytes(), TableFormat.CSV}, {"a,b".getBytes(), null}}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> Tables.read((byte[]) c[0], (TableFormat) c[1]));
            assertEquals("file", e.violations().get(0).field());
        }
        assertEquals(TableFormat.XLSX, TableFormat.of("名单.XLSX"));
        assertEquals(TableFormat.CSV, TableFormat.of("text/csv; charset=utf-8"));
    }

    /** A small XLSX that inflates beyond the bound is refused before anything is parsed (a "zip bomb"). */
    @Test
    public void anXlsxZipBombIsRefusedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'A');
            for (int i = 0; i < 140; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertTrue("a small file: " + bytes.size(), bytes.size() < 1024 * 1024);
        long start = System.nanoTime();
        ValidationException e = assertThrows(ValidationException.class,
                () -> Tables.read(bytes.toByteArray(), TableFormat.XLSX));
        assertEquals("file", e.violations().get(0).field());
        assertEquals("file.unzipped-too-large", e.violations().get(0).code());
        assertTrue(e.violations().get(0).messageEn(), e.violations().get(0).messageEn().contains("128 MB"));
        assertTrue("refused in " + (System.nanoTime() - start) / 1_000_000 + " ms",
                System.nanoTime() - start < 30_000_000_000L);
    }

    /** A cell beyond Excel's own length is refused naming its row; the cell itself is not repeated. */
    @Test
    public void anOverlongCellIsRefusedNamingItsRowWithoutEchoingIt() {
        String huge = "X".repeat(Tables.MAX_CELL + 1);
        for (TableFormat f : TableFormat.values()) {
            byte[] file = Tables.write(f, List.of("企业名称"), List.of(List.of("正常"), List.of(huge)));
            ValidationException e = assertThrows(ValidationException.class, () -> Tables.read(file, f));
            assertEquals(f.name(), "file.cell-too-long", e.violations().get(0).code());
            assertTrue(e.violations().get(0).message(), e.violations().get(0).message().contains("第 3 行"));
            assertTrue(e.getMessage().length() < 500);
        }
    }

    /** Too many rows stop the reading at the first row past the limit. */
    @Test
    public void tooManyRowsAreRefused() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= Tables.MAX_ROWS; i++) {
            rows.add(List.of("r" + i));
        }
        for (TableFormat f : TableFormat.values()) {
            byte[] file = Tables.write(f, List.of("企业名称"), rows);
            ValidationException e = assertThrows(ValidationException.class, () -> Tables.read(file, f));
            assertEquals(f.name(), "file.too-many-rows", e.violations().get(0).code());
        }
    }

    /**
     * CSV formula injection (OWASP): a formula-looking cell is written with a leading quote, so a spreadsheet
     * program shows it as text, and reads back exactly as it was.
     */
    @Test
    public void formulaLookingCellsAreNeutralisedInCsvAndRoundTripUnchanged() {
        List<String> values = List.of("=cmd|' /C calc'!A0", "+86 577 8888", "-1", "@SUM(A1)", "'=already quoted",
                "''=twice", "'plain quote", "普通文本", "a=b");
        List<List<String>> rows = values.stream().map(v -> List.of(v)).toList();
        byte[] csv = Tables.write(TableFormat.CSV, List.of("企业名称"), rows);
        String text = new String(csv, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            String cell = line.startsWith("\"") ? line.substring(1) : line;
            assertTrue(line, cell.isEmpty() || "=+-@".indexOf(cell.charAt(0)) < 0);
        }
        Table back = Tables.read(csv, TableFormat.CSV);
        for (int i = 0; i < values.size(); i++) {
            assertEquals(values.get(i), back.rows().get(i).cells().get("企业名称"));
        }
        for (TableFormat f : TableFormat.values()) {
            Table t = Tables.read(Tables.write(f, List.of("企业名称"), rows), f);
            assertEquals(f.name(), values, t.rows().stream().map(r -> r.cells().get("企业名称")).toList());
        }
    }

    /** A bad value is shown by a short prefix only. */
    @Test
    public void messagesRepeatOnlyAShortPrefixOfAValue() {
        String m = Messages.en("file.unreadable", "Y".repeat(10_000));
        assertTrue(m, m.length() < 200);
        assertTrue(m, m.contains("…(10000)"));
    }
}
