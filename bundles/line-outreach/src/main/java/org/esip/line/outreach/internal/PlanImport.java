package org.esip.line.outreach.internal;

import static org.esip.line.outreach.internal.OutreachTexts.TEXTS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Spreadsheet;
import org.esip.line.outreach.api.OutreachService.PlanDraft;
import org.esip.provider.api.ServicePoint;
import org.esip.provider.api.ServicePointKind;
import org.esip.provider.api.ServicePointService;
import org.esip.provider.api.StaffMember;
import org.esip.provider.api.StaffQuery;
import org.esip.provider.api.StaffService;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;

/**
 * Reads visit plans from a table staff keep (CSV or XLSX through the core's SpreadsheetReader). Columns:
 * 统一社会信用代码 (the enterprise), 计划走访日期 ({@code 2026-12-08}), 走访人员 (staff names separated by
 * {@code 、}, {@code ,} or {@code ;}) and, optionally, 镇街服务中心 (a township centre's code or name).
 * Every problem is reported as {@code 第 N 行 column}; the service stores all rows or none.
 */
final class PlanImport {
    static final String CREDIT_CODE = "统一社会信用代码";
    static final String PLANNED_ON = "计划走访日期";
    static final String VISITORS = "走访人员";
    static final String POINT = "镇街服务中心";

    private final EnterpriseService enterprises;
    private final StaffService staff;
    private final ServicePointService points;

    PlanImport(EnterpriseService enterprises, StaffService staff, ServicePointService points) {
        this.enterprises = enterprises;
        this.staff = staff;
        this.points = points;
    }

    record Row(int number, PlanDraft draft) {
    }

    record Rows(List<Row> rows, List<FieldViolation> errors) {
    }

    /** The field name of a problem in row {@code number}, column {@code column}. */
    static String field(int number, String column) {
        return "第" + number + "行 " + column;
    }

    /** The column a plan field comes from. */
    static String column(String field) {
        return switch (field) {
            case "enterpriseId" -> CREDIT_CODE;
            case "plannedOn" -> PLANNED_ON;
            case "visitorIds" -> VISITORS;
            case "servicePointId" -> POINT;
            default -> field;
        };
    }

    Rows read(Spreadsheet sheet) {
        List<FieldViolation> errors = new ArrayList<>();
        for (String required : List.of(CREDIT_CODE, PLANNED_ON, VISITORS)) {
            if (!sheet.headers().contains(required)) {
                errors.add(TEXTS.violation(required, "outreach.import.column-missing", required));
            }
        }
        if (!errors.isEmpty()) {
            return new Rows(List.of(), errors);
        }
        if (sheet.rows().isEmpty()) {
            errors.add(TEXTS.violation("file", "outreach.import.empty"));
        }
        List<Row> rows = new ArrayList<>();
        for (Spreadsheet.Row r : sheet.rows()) {
            Long enterpriseId = null;
            String code = cell(r, CREDIT_CODE);
            if (code == null) {
                errors.add(TEXTS.violation(field(r.number(), CREDIT_CODE), "field.required"));
            } else {
                Optional<Enterprise> e = enterprises.findByCreditCode(code);
                if (e.isEmpty()) {
                    errors.add(TEXTS.violation(field(r.number(), CREDIT_CODE), "outreach.import.enterprise-unknown", code));
                } else {
                    enterpriseId = e.get().id();
                }
            }
            LocalDate plannedOn = null;
            String date = cell(r, PLANNED_ON);
            if (date == null) {
                errors.add(TEXTS.violation(field(r.number(), PLANNED_ON), "field.required"));
            } else {
                try {
                    plannedOn = LocalDate.parse(date.replace('/', '-'));
                } catch (DateTimeParseException e) {
                    errors.add(TEXTS.violation(field(r.number(), PLANNED_ON), "param.not-date"));
                }
            }
            List<Long> visitors = new ArrayList<>();
            String names = cell(r, VISITORS);
            if (names == null) {
                errors.add(TEXTS.violation(field(r.number(), VISITORS), "field.required"));
            } else {
                for (String name : names.split("[、,，;；]")) {
                    String n = name.strip();
                    if (n.isEmpty()) {
                        continue;
                    }
                    List<StaffMember> found = staff.search(new StaffQuery(n, null, null, null, true, null),
                            new PageRequest(0, 20)).items().stream().filter(s -> s.name().equals(n)).toList();
                    if (found.size() != 1) {
                        errors.add(TEXTS.violation(field(r.number(), VISITORS), found.isEmpty()
                                ? "outreach.import.staff-unknown" : "outreach.import.staff-ambiguous", n));
                        break;
                    }
                    visitors.add(found.get(0).id());
                }
            }
            Long pointId = null;
            String point = cell(r, POINT);
            if (point != null) {
                List<ServicePoint> found = points.search(point, ServicePointKind.TOWNSHIP_CENTRE, null, true, null,
                        new PageRequest(0, 20)).items().stream()
                        .filter(p -> p.code().equals(point) || p.name().equals(point)).toList();
                if (found.size() != 1) {
                    errors.add(TEXTS.violation(field(r.number(), POINT), "outreach.import.point-unknown", point));
                } else {
                    pointId = found.get(0).id();
                }
            }
            rows.add(new Row(r.number(), new PlanDraft(enterpriseId, plannedOn, visitors, pointId)));
        }
        return new Rows(rows, errors);
    }

    private static String cell(Spreadsheet.Row row, String column) {
        String v = row.cells().get(column);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
