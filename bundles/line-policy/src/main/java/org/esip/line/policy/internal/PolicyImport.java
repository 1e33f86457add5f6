package org.esip.line.policy.internal;

import static org.esip.line.policy.internal.PolicyServiceLine.TEXTS;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.policy.api.BenefitRoute;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyDraft;
import org.esip.line.policy.api.PolicyLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads a file of policies for bulk import (clause 5.2.1.1): CSV or XLSX (read by the platform's own
 * spreadsheet reader) with Chinese headers or field names, or a JSON array of policy drafts. Each row becomes a draft or a list of what is wrong with it; the service
 * checks every draft with the same rules as one created over REST.
 */
final class PolicyImport {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 5000;

    /** One row of the file: its number (the header is row 1 in CSV; the first element is row 1 in JSON). */
    record Row(int number, PolicyDraft draft, List<FieldViolation> errors) {
    }

    /** Column header (Chinese or field name) → field name. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("标题", "title"), Map.entry("文号", "documentNumber"), Map.entry("发文单位", "issuer"),
            Map.entry("层级", "level"), Map.entry("区划代码", "regionCode"), Map.entry("类别", "category"),
            Map.entry("发布日期", "publishedOn"), Map.entry("生效日期", "effectiveFrom"), Map.entry("失效日期", "expiresOn"),
            Map.entry("摘要", "summary"), Map.entry("解读", "interpretation"), Map.entry("原文链接", "originalUrl"),
            Map.entry("最高金额(万元)", "benefitWan"), Map.entry("扶持内容", "benefit"), Map.entry("标签", "tags"),
            Map.entry("办理方式", "handlingMode"), Map.entry("申报材料", "materials"), Map.entry("转办系统", "handOffSystem"));

    private PolicyImport() {
    }

    static List<Row> read(byte[] content, String format, SpreadsheetReader spreadsheets) {
        if (content == null || content.length == 0) {
            throw TEXTS.invalid("file", "import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw TEXTS.invalid("file", "import.too-large", MAX_BYTES / 1024 / 1024);
        }
        List<Row> rows = "json".equals(format) ? json(content) : table(spreadsheets.read(content,
                "xlsx".equals(format) ? TableFormat.XLSX : TableFormat.CSV));
        if (rows.size() > MAX_ROWS) {
            throw TEXTS.invalid("file", "import.too-many", MAX_ROWS);
        }
        if (rows.isEmpty()) {
            throw TEXTS.invalid("file", "import.empty");
        }
        return rows;
    }

    private static List<Row> json(byte[] content) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try {
            PolicyDraft[] drafts = mapper.readValue(content, PolicyDraft[].class);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < drafts.length; i++) {
                rows.add(new Row(i + 1, drafts[i], List.of()));
            }
            return rows;
        } catch (IOException e) {
            throw TEXTS.invalid("file", "import.json",
                    e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A spreadsheet read by the platform's reader (CSV or XLSX): each data row by its header names. */
    private static List<Row> table(Spreadsheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (Spreadsheet.Row r : sheet.rows()) {
            Map<String, String> v = new HashMap<>();
            r.cells().forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    v.put(HEADERS.getOrDefault(name.strip(), name.strip()), value.strip());
                }
            });
            rows.add(row(r.number(), v));
        }
        return rows;
    }

    private static Row row(int number, Map<String, String> v) {
        List<FieldViolation> errors = new ArrayList<>();
        PolicyDraft d = new PolicyDraft(null, v.get("title"), v.get("documentNumber"), v.get("issuer"),
                named(errors, "level", v.get("level"), PolicyLevel.class), v.get("regionCode"),
                named(errors, "category", v.get("category"), PolicyCategory.class), date(errors, "publishedOn", v.get("publishedOn")),
                date(errors, "effectiveFrom", v.get("effectiveFrom")), date(errors, "expiresOn", v.get("expiresOn")),
                v.get("summary"), v.get("interpretation"), v.get("originalUrl"), amount(errors, v.get("benefitWan")),
                v.get("benefit"), v.get("tags") == null ? null : new LinkedHashSet<>(split(v.get("tags"))),
                named(errors, "handlingMode", v.get("handlingMode"), BenefitRoute.class),
                v.get("materials") == null ? null : split(v.get("materials")), v.get("handOffSystem"), null);
        return new Row(number, d, errors);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[;；]")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** An enum by its code or its Chinese name. */
    private static <E extends Enum<E>> E named(List<FieldViolation> errors, String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value) || value.equals(zh(e))) {
                return e;
            }
        }
        errors.add(TEXTS.violation(field, "param.one-of", Arrays.toString(type.getEnumConstants())));
        return null;
    }

    private static String zh(Enum<?> e) {
        if (e instanceof PolicyLevel l) {
            return l.nameZh();
        }
        if (e instanceof PolicyCategory c) {
            return c.nameZh();
        }
        return switch ((BenefitRoute) e) {
            case ONLINE_APPLICATION -> "线上申报";
            case HAND_OFF -> "转办";
            case OFFLINE -> "线下办理";
            case EXEMPT -> "免申即享";
        };
    }

    private static LocalDate date(List<FieldViolation> errors, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-').length() == 10 ? value.replace('/', '-') : value);
        } catch (DateTimeParseException e) {
            errors.add(TEXTS.violation(field, "param.date"));
            return null;
        }
    }

    private static BigDecimal amount(List<FieldViolation> errors, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            errors.add(TEXTS.violation("benefitWan", "policy.amount"));
            return null;
        }
    }
}
