package org.esip.line.technical.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.esip.audit.api.AuditService;
import org.esip.core.api.Actor;
import org.esip.core.api.FieldViolation;
import org.esip.core.api.Spreadsheet;
import org.esip.core.api.SpreadsheetReader;
import org.esip.core.api.TableFormat;
import org.esip.line.technical.api.InstrumentDraft;
import org.esip.line.technical.api.OfferDraft;
import org.esip.line.technical.api.ServiceMode;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;
import org.esip.provider.api.OrganisationStatus;
import org.esip.registry.api.ImportReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offers and instruments imported from CSV or XLSX through the core's {@link SpreadsheetReader}, all or nothing:
 * every row is checked as the REST form checks it (errors named by column), and only when every row passes is
 * anything stored, in one unit of work. Organisations are named by their unified social credit code and must be
 * admitted.
 */
@Component(service = TechnicalImport.class)
public class TechnicalImport {
    static final String ORG = "机构统一社会信用代码";
    static final List<String> OFFER_COLUMNS = List.of(ORG, "领域", "服务名称", "服务范围", "资质类型", "资质编号",
            "最低价格", "最高价格", "计价单位", "周期(工作日)", "服务方式");
    static final List<String> INSTRUMENT_COLUMNS = List.of(ORG, "设备名称", "型号", "存放地点", "区划代码", "说明",
            "每小时价格");

    private final SpreadsheetReader reader;
    private final OrganisationService organisations;
    private final Offers offers;
    private final Instruments instruments;
    private final AuditService audit;

    @Activate
    public TechnicalImport(@Reference SpreadsheetReader reader, @Reference OrganisationService organisations,
            @Reference Offers offers, @Reference Instruments instruments,
            @Reference AuditService audit) {
        this.audit = audit;
        this.reader = reader;
        this.organisations = organisations;
        this.offers = offers;
        this.instruments = instruments;
    }

    static TableFormat format(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return t.contains("spreadsheetml") ? TableFormat.XLSX : TableFormat.CSV;
    }

    /** The field names of the REST form mapped to the spreadsheet's columns, so errors name the column. */
    private static final Map<String, String> OFFER_FIELDS = Map.ofEntries(Map.entry("organisationId", ORG),
            Map.entry("domain", "领域"), Map.entry("title", "服务名称"), Map.entry("scope", "服务范围"),
            Map.entry("qualificationType", "资质类型"), Map.entry("qualificationNumber", "资质编号"),
            Map.entry("priceMin", "最低价格"), Map.entry("priceMax", "最高价格"), Map.entry("priceUnit", "计价单位"),
            Map.entry("durationDays", "周期(工作日)"), Map.entry("mode", "服务方式"));
    private static final Map<String, String> INSTRUMENT_FIELDS = Map.ofEntries(Map.entry("organisationId", ORG),
            Map.entry("name", "设备名称"), Map.entry("model", "型号"), Map.entry("location", "存放地点"),
            Map.entry("regionCode", "区划代码"), Map.entry("description", "说明"), Map.entry("hourlyPrice", "每小时价格"));

    public ImportReport offers(Actor actor, byte[] content, TableFormat format, boolean dryRun) {
        Spreadsheet sheet = reader.read(content, format);
        Map<String, Optional<Organisation>> orgs = new HashMap<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        List<OfferDraft> drafts = new ArrayList<>();
        for (Spreadsheet.Row row : sheet.rows()) {
            Map<String, String> c = row.cells();
            List<FieldViolation> errors = new ArrayList<>();
            Organisation o = organisation(c.get(ORG), orgs, errors);
            BigDecimal min = decimal(c, "最低价格", errors);
            BigDecimal max = decimal(c, "最高价格", errors);
            Integer days = integer(c, "周期(工作日)", errors);
            OfferDraft d = new OfferDraft(o == null ? null : o.id(), c.get("领域"), c.get("服务名称"), c.get("服务范围"),
                    c.get("资质类型"), c.get("资质编号"), min, max, c.get("计价单位"), days, mode(c.get("服务方式")), true, null);
            for (FieldViolation v : Offers.check(d, o, false)) {
                String column = OFFER_FIELDS.getOrDefault(v.field(), v.field());
                if (errors.stream().noneMatch(e -> e.field().equals(column))) {
                    errors.add(new FieldViolation(column, v.code(), v.message(), v.messageEn()));
                }
            }
            rows.add(new ImportReport.Row(row.number(), c.getOrDefault("服务名称", ""), errors.isEmpty()
                    ? ImportReport.Outcome.CREATED : ImportReport.Outcome.REJECTED, errors));
            drafts.add(d);
        }
        ImportReport report = finish(rows, dryRun, () -> offers.storeAll(drafts));
        if (report.committed()) {
            audit.record(actor, "technical-offer-import", "technical-offer", "import", report.created() + " offers");
        }
        return report;
    }

    public ImportReport instruments(Actor actor, byte[] content, TableFormat format, boolean dryRun) {
        Spreadsheet sheet = reader.read(content, format);
        Map<String, Optional<Organisation>> orgs = new HashMap<>();
        List<ImportReport.Row> rows = new ArrayList<>();
        List<InstrumentDraft> drafts = new ArrayList<>();
        for (Spreadsheet.Row row : sheet.rows()) {
            Map<String, String> c = row.cells();
            List<FieldViolation> errors = new ArrayList<>();
            Organisation o = organisation(c.get(ORG), orgs, errors);
            BigDecimal price = decimal(c, "每小时价格", errors);
            InstrumentDraft d = new InstrumentDraft(o == null ? null : o.id(), c.get("设备名称"), c.get("型号"),
                    c.get("存放地点"), c.get("区划代码"), c.get("说明"), price, true, null);
            for (FieldViolation v : Instruments.check(d, o, false)) {
                String column = INSTRUMENT_FIELDS.getOrDefault(v.field(), v.field());
                if (errors.stream().noneMatch(e -> e.field().equals(column))) {
                    errors.add(new FieldViolation(column, v.code(), v.message(), v.messageEn()));
                }
            }
            rows.add(new ImportReport.Row(row.number(), c.getOrDefault("设备名称", ""), errors.isEmpty()
                    ? ImportReport.Outcome.CREATED : ImportReport.Outcome.REJECTED, errors));
            drafts.add(d);
        }
        ImportReport report = finish(rows, dryRun, () -> instruments.storeAll(drafts));
        if (report.committed()) {
            audit.record(actor, "technical-instrument-import", "technical-instrument", "import", report.created() + " instruments");
        }
        return report;
    }

    private static ImportReport finish(List<ImportReport.Row> rows, boolean dryRun, Runnable store) {
        int rejected = (int) rows.stream().filter(r -> r.outcome() == ImportReport.Outcome.REJECTED).count();
        boolean commit = rejected == 0 && !dryRun && !rows.isEmpty();
        if (commit) {
            store.run();
        }
        return new ImportReport(commit, dryRun, rows.size(), rejected == 0 ? rows.size() : 0, 0, 0, rejected, rows);
    }

    /** The admitted organisation of a credit code; a missing, unknown or not admitted one is an error of the column. */
    private Organisation organisation(String code, Map<String, Optional<Organisation>> cache, List<FieldViolation> errors) {
        if (code == null || code.isBlank()) {
            errors.add(Technical.TEXTS.violation(ORG, "field.required"));
            return null;
        }
        Optional<Organisation> o = cache.computeIfAbsent(code.strip(), organisations::findByCreditCode);
        if (o.isEmpty()) {
            errors.add(Technical.TEXTS.violation(ORG, "import.organisation-unknown", code.strip()));
            return null;
        }
        if (o.get().status() != OrganisationStatus.ADMITTED) {
            errors.add(Technical.TEXTS.violation(ORG, "offer.organisation-not-admitted", o.get().name(), o.get().status()));
            return null;
        }
        return o.get();
    }

    private static BigDecimal decimal(Map<String, String> c, String column, List<FieldViolation> errors) {
        String v = c.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(Technical.TEXTS.violation(column, "param.not-decimal"));
            return null;
        }
    }

    private static Integer integer(Map<String, String> c, String column, List<FieldViolation> errors) {
        String v = c.get(column);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            errors.add(Technical.TEXTS.violation(column, "param.not-integer"));
            return null;
        }
    }

    /** 线上 / 线下 / 线上线下, or the constant's name. */
    static String mode(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip()) {
            case "线上" -> ServiceMode.ONLINE.name();
            case "线下" -> ServiceMode.OFFLINE.name();
            case "线上线下", "线上+线下", "线上/线下" -> ServiceMode.BOTH.name();
            default -> text.strip();
        };
    }
}
