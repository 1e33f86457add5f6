package org.esip.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;

public class ConsoleTableTest {

    @Test
    public void chineseCharactersTakeTwoCellsAndLatinOne() {
        assertEquals(4, DisplayWidth.of("企业"));
        assertEquals(4, DisplayWidth.of("ab12"));
        assertEquals(7, DisplayWidth.of("名称 Na"));
        assertEquals(2, DisplayWidth.of("（"));
        assertEquals(0, DisplayWidth.of(null));
    }

    @Test
    public void columnsLineUpInTerminalCellsWhenCellsHoldChineseText() {
        ConsoleTable table = new ConsoleTable().column("ID").column("名称 Name").column("状态 Status");
        table.row(1, "瑞安市华峰机械有限公司", "ACTIVE");
        table.row(22, "Acme", "RETIRED");
        String[] lines = table.aligned().split(System.lineSeparator());
        assertEquals(4, lines.length);
        int separator = -1;
        for (String line : lines) {
            int cells = DisplayWidth.of(line.substring(0, line.lastIndexOf(line.contains("│") ? '│' : '┼')));
            if (separator < 0) {
                separator = cells;
            }
            assertEquals("every line's last column starts at the same terminal cell: " + line, separator, cells);
        }
        assertTrue(lines[2].contains("瑞安市华峰机械有限公司"));
    }

    @Test
    public void longCellsAreCutToTheColumnsMaximumWithAnEllipsis() {
        ConsoleTable table = new ConsoleTable().column("标题 Title", 10).column("X");
        table.row("关于申请高新技术企业认定的咨询", "x");
        String row = table.aligned().split(System.lineSeparator())[2];
        String title = row.substring(0, row.indexOf(" │ "));
        assertEquals(10, DisplayWidth.of(title.strip()) + (title.length() - title.strip().length()));
        assertTrue(title, title.strip().endsWith("…"));
    }

    @Test
    public void csvQuotesFieldsWithCommasAndQuotesAndKeepsFullText() {
        ConsoleTable table = new ConsoleTable().column("ID").column("名称 Name", 4);
        table.row(7, "甲,乙 \"丙\" 有限公司");
        assertEquals("ID,名称 Name\r\n7,\"甲,乙 \"\"丙\"\" 有限公司\"\r\n", table.csv());
    }

    @Test
    public void timesShowInShanghaiToTheSecondWithoutNanoseconds() {
        Instant instant = Instant.parse("2026-12-02T16:30:05.123456789Z");
        assertEquals("2026-12-03 00:30:05", ConsoleTimes.format(instant));
        ConsoleTable table = new ConsoleTable().column("时间 At");
        table.row(instant);
        assertTrue(table.csv().contains("2026-12-03 00:30:05\r\n"));
        assertFalse(table.csv().contains("Z"));
        assertFalse(table.csv().contains(".123"));
    }

    @Test
    public void numbersAlignRightAndKeyValueTablesHaveNoHeaderLine() {
        ConsoleTable table = new ConsoleTable().column("表 Table").column("行数 Rows").alignRight();
        table.row("企业 enterprise", 7);
        table.row("ticket", 1234);
        String[] lines = table.aligned().split(System.lineSeparator());
        assertTrue(lines[2], lines[2].endsWith("   7"));
        assertTrue(lines[3], lines[3].endsWith("1234"));
        assertEquals(DisplayWidth.of(lines[2]), DisplayWidth.of(lines[3]));

        ConsoleTable pairs = new ConsoleTable().noHeaders().column("").column("");
        pairs.row("名称 Name", "瑞安工单测试有限公司");
        assertEquals("名称 Name │ 瑞安工单测试有限公司" + System.lineSeparator(), pairs.aligned());
    }
}
