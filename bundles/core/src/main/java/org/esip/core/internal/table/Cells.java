package org.esip.core.internal.table;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.esip.core.internal.i18n.Violations;

/** Reading spreadsheet cells as people fill them in; a cell that cannot be read is reported on its field. */
public final class Cells {
    private Cells() {
    }

    /** A list separated by {@code ;} or the full-width {@code ；}, blanks dropped, duplicates once. */
    public static Set<String> list(String s) {
        Set<String> out = new LinkedHashSet<>();
        if (s != null) {
            for (String part : s.split("[;；]")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** A whole number; thousands separators allowed. */
    public static Integer integer(Violations v, String field, String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s.replace(",", "").strip());
        } catch (NumberFormatException e) {
            v.add(field, "import.not-integer", s);
            return null;
        }
    }

    /** A decimal number; thousands separators allowed. */
    public static BigDecimal decimal(Violations v, String field, String s) {
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.replace(",", "").strip());
        } catch (NumberFormatException e) {
            v.add(field, "import.not-number", s);
            return null;
        }
    }

    /** A date as yyyy-MM-dd, yyyy/M/d or yyyy.M.d, or an XLSX date cell's serial day number. */
    public static LocalDate date(Violations v, String field, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip().replace('/', '-').replace('.', '-');
        try {
            if (t.matches("\\d{5}")) {
                return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(t));
            }
            String[] p = t.split("-");
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
            return LocalDate.parse(t);
        } catch (DateTimeException | NumberFormatException e) {
            v.add(field, "import.not-date", s);
            return null;
        }
    }

    /** 是/否, yes/no, true/false, 1/0. */
    public static Boolean yesNo(Violations v, String field, String s) {
        if (s == null) {
            return null;
        }
        switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "是", "true", "yes", "y", "1":
                return Boolean.TRUE;
            case "否", "false", "no", "n", "0":
                return Boolean.FALSE;
            default:
                v.add(field, "import.not-yes-no", s);
                return null;
        }
    }
}
