package org.esip.core.internal.table;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.esip.core.api.TableFormat;
import org.esip.core.api.ValidationException;
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
}
