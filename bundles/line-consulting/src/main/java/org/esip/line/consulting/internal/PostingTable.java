package org.esip.line.consulting.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.consulting.api.Posting;
import org.esip.line.kit.FieldChecks;

/**
 * Supplies and demands as the lists staff keep (CSV or XLSX, read by the core {@link SpreadsheetReader}):
 * columns {@link #COLUMNS}, one posting a row. All or nothing: any bad cell rejects the file, each error named by
 * row and column; and the same columns exported as CSV.
 */
final class PostingTable {
    static final List<String> COLUMNS = List.of("kind", "type", "title", "enterpriseId", "organisationId", "industry",
            "region", "amountMin", "amountMax", "validFrom", "validTo", "description");

    /** One rejected cell. */
    record RowError(int row, String column, String message, String messageEn) {
    }

    /** What an import stored (or would store, in a dry run) and what it rejected. */
    record Report(int rows, int stored, boolean dryRun, List<RowError> errors) {
    }

    private final Consulting consulting;
    private final SpreadsheetReader reader;

    PostingTable(Consulting consulting, SpreadsheetReader reader) {
        this.consulting = consulting;
        this.reader = reader;
    }

    Report importTable(byte[] content, TableFormat format, boolean dryRun) {
        Spreadsheet sheet = reader.read(content, format);
        List<RowError> errors = new ArrayList<>();
        List<PostingEntity> ok = new ArrayList<>();
        for (Spreadsheet.Row row : sheet.rows()) {
            Map<String, String> c = row.cells();
            FieldChecks checks = new FieldChecks(Consulting.TEXTS);
            Consulting.PostingDraft d = new Consulting.PostingDraft(c.get("kind"), c.get("type"), c.get("title"),
                    c.get("description"), number(checks, "enterpriseId", c), number(checks, "organisationId", c),
                    c.get("industry"), c.get("region"), decimal(checks, "amountMin", c), decimal(checks, "amountMax", c),
                    date(checks, "validFrom", c), date(checks, "validTo", c));
            PostingEntity e = consulting.check(checks, d, true);
            for (FieldViolation v : checks.violations()) {
                errors.add(new RowError(row.number(), v.field(), v.message(), v.messageEn()));
            }
            if (checks.ok()) {
                ok.add(e);
            }
        }
        if (errors.isEmpty() && !dryRun && !ok.isEmpty()) {
            consulting.postAll(ok);
        }
        return new Report(sheet.rows().size(), errors.isEmpty() && !dryRun ? ok.size() : 0, dryRun, errors);
    }

    private static String cell(String column, Map<String, String> c) {
        String v = c.get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Long number(FieldChecks checks, String column, Map<String, String> c) {
        String v = cell(column, c);
        try {
            return v == null ? null : Long.valueOf(v.endsWith(".0") ? v.substring(0, v.length() - 2) : v);
        } catch (NumberFormatException e) {
            checks.check(column, false, "param.not-integer");
            return null;
        }
    }

    private static BigDecimal decimal(FieldChecks checks, String column, Map<String, String> c) {
        String v = cell(column, c);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            checks.check(column, false, "param.not-decimal");
            return null;
        }
    }

    private static LocalDate date(FieldChecks checks, String column, Map<String, String> c) {
        String v = cell(column, c);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            checks.check(column, false, "param.not-date");
            return null;
        }
    }

    /** The postings as CSV (UTF-8 with BOM); a cell a spreadsheet would run as a formula is quoted with '. */
    static byte[] csv(List<Posting> postings) {
        StringBuilder b = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
        for (Posting p : postings) {
            Object[] v = {p.kind(), p.type(), p.title(), p.enterpriseId(), p.organisationId(), p.industry(), p.region(),
                p.amountMin() == null ? null : p.amountMin().toPlainString(),
                p.amountMax() == null ? null : p.amountMax().toPlainString(), p.validFrom(), p.validTo(),
                p.description()};
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(quote(v[i] == null ? "" : v[i].toString()));
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String quote(String s) {
        String t = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
                ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
