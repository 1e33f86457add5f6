package org.esip.line.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esip.core.internal.i18n.Messages;
import org.esip.line.api.Indicator;
import org.esip.line.api.IndicatorInfo;
import org.esip.line.api.ServiceItem;
import org.esip.line.api.ServiceLine;
import org.esip.line.api.ServiceLineInfo;
import org.esip.line.api.TicketCategory;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

/**
 * The one rule for whether a registered {@link ServiceLine} is published: a valid id and names, a core
 * API range that includes the platform's core API version, and valid catalogue, categories and
 * indicators. Reads what the line declares once; a line whose methods throw is refused, never the
 * platform's problem.
 */
final class LineAdmission {
    static final String LINES_PATH = "/api/v1/lines/";
    private static final Pattern LINE_ID = Pattern.compile(ServiceLine.ID_PATTERN);
    static final int CODE_MAX = 60;
    private static final Pattern ITEM_CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern NAMESPACED = Pattern.compile("([a-z][a-z0-9-]*)\\.[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final int TEXT_MAX = 200;
    private static final Pattern SPI_IMPORT = Pattern.compile("(?:^|,)\\s*" + Pattern.quote(ServiceLine.class.getPackageName())
            + "\\s*(;[^,\"]*(?:\"[^\"]*\"[^,\"]*)*)?(?=,|$)");
    private static final Pattern VERSION_ATTRIBUTE = Pattern.compile(";\\s*version\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");

    /**
     * The version range of {@code org.esip.line.api} in a bundle's {@code Import-Package} header, or
     * {@code null} when the header does not import it; an import without a version is any version.
     */
    static String importedSpiRange(String importPackage) {
        if (importPackage == null) {
            return null;
        }
        Matcher m = SPI_IMPORT.matcher(importPackage);
        if (!m.find()) {
            return null;
        }
        Matcher v = VERSION_ATTRIBUTE.matcher(m.group(1) == null ? "" : m.group(1));
        if (!v.find()) {
            return "0.0.0";
        }
        return v.group(1) != null ? v.group(1).strip() : v.group(2).strip();
    }

    /** What was decided: the published description, or every reason in both languages. */
    record Decision(ServiceLineInfo info, List<Indicator> indicators, List<String> reasonsZh,
            List<String> reasonsEn, String id, String nameZh, String nameEn, String version, String range) {
        boolean admitted() {
            return info != null;
        }
    }

    private LineAdmission() {
    }

    static Decision decide(ServiceLine line, Version coreApi) {
        return decide(line, coreApi, null);
    }

    /**
     * @param importedRange the range the line's bundle imports {@code org.esip.line.api} with, or {@code null}:
     *                      the line's range when it declares none
     */
    static Decision decide(ServiceLine line, Version coreApi, String importedRange) {
        List<String[]> reasons = new ArrayList<>();
        String id = safe(line::id, reasons, "id");
        String nameZh = safe(line::nameZh, reasons, "nameZh");
        String nameEn = safe(line::nameEn, reasons, "nameEn");
        String version = safe(line::version, reasons, "version");
        String declared = safe(line::coreApiRange, reasons, "coreApiRange");
        String range = declared == null || declared.isBlank() ? importedRange : declared;
        if (id == null || !LINE_ID.matcher(id).matches()) {
            reasons.add(reason("line.id-invalid", id, ServiceLine.ID_PATTERN));
        }
        text(reasons, "nameZh", nameZh);
        text(reasons, "nameEn", nameEn);
        if (range == null || range.isBlank()) {
            reasons.add(reason("line.range-missing", coreApi));
        } else {
            try {
                if (!new VersionRange(range.strip()).includes(coreApi)) {
                    reasons.add(reason("line.range-incompatible", range.strip(), coreApi));
                }
            } catch (IllegalArgumentException e) {
                reasons.add(reason("line.range-invalid", range));
            }
        }
        List<TicketCategory> categories = list(line::ticketCategories, reasons, "ticketCategories");
        Set<String> categoryCodes = new HashSet<>();
        for (TicketCategory c : categories) {
            if (c == null) {
                reasons.add(reason("line.null", "ticketCategories"));
                continue;
            }
            String where = "ticketCategories[" + c.code() + "]";
            namespaced(reasons, where, c.code(), id);
            if (c.code() != null && !categoryCodes.add(c.code())) {
                reasons.add(reason("line.code-duplicate", where));
            }
            text(reasons, where + ".nameZh", c.nameZh());
            text(reasons, where + ".nameEn", c.nameEn());
            if (c.kind() == null) {
                reasons.add(reason("line.required", where + ".kind"));
            }
            if (c.resolutionDays() < 1) {
                reasons.add(reason("line.days", where + ".resolutionDays", 1));
            }
            if (c.acceptanceDays() != null && c.acceptanceDays() < 0) {
                reasons.add(reason("line.days", where + ".acceptanceDays", 0));
            }
        }
        List<ServiceItem> catalogue = list(line::catalogue, reasons, "catalogue");
        Set<String> itemCodes = new HashSet<>();
        for (ServiceItem item : catalogue) {
            if (item == null) {
                reasons.add(reason("line.null", "catalogue"));
                continue;
            }
            String where = "catalogue[" + item.code() + "]";
            if (item.code() == null || item.code().length() > CODE_MAX || !ITEM_CODE.matcher(item.code()).matches()) {
                reasons.add(reason("line.item-code", where, CODE_MAX));
            } else if (!itemCodes.add(item.code())) {
                reasons.add(reason("line.code-duplicate", where));
            }
            text(reasons, where + ".nameZh", item.nameZh());
            text(reasons, where + ".nameEn", item.nameEn());
            if (item.handling() == null) {
                reasons.add(reason("line.required", where + ".handling"));
            }
            if (item.category() != null && !categoryCodes.contains(item.category())) {
                reasons.add(reason("line.item-category", where + ".category", item.category()));
            }
        }
        List<Indicator> indicators = list(line::indicators, reasons, "indicators");
        List<IndicatorInfo> indicatorInfos = new ArrayList<>();
        Set<String> indicatorCodes = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (indicator == null) {
                reasons.add(reason("line.null", "indicators"));
                continue;
            }
            List<String[]> before = new ArrayList<>(reasons);
            String code = safe(indicator::code, reasons, "indicators.code");
            String where = "indicators[" + code + "]";
            namespaced(reasons, where, code, id);
            if (code != null && !indicatorCodes.add(code)) {
                reasons.add(reason("line.code-duplicate", where));
            }
            String zh = safe(indicator::nameZh, reasons, where + ".nameZh");
            String en = safe(indicator::nameEn, reasons, where + ".nameEn");
            text(reasons, where + ".nameZh", zh);
            text(reasons, where + ".nameEn", en);
            var unit = safe(indicator::unit, reasons, where + ".unit");
            if (unit == null) {
                reasons.add(reason("line.required", where + ".unit"));
            }
            if (reasons.size() == before.size()) {
                indicatorInfos.add(new IndicatorInfo(code, zh, en, unit));
            }
        }
        if (!reasons.isEmpty()) {
            return new Decision(null, List.of(), reasons.stream().map(r -> r[0]).toList(),
                    reasons.stream().map(r -> r[1]).toList(), id, nameZh, nameEn, version, range);
        }
        ServiceLineInfo info = new ServiceLineInfo(id, nameZh.strip(), nameEn.strip(), version, LINES_PATH + id + "/",
                range.strip(), catalogue, categories, indicatorInfos);
        return new Decision(info, List.copyOf(indicators), List.of(), List.of(), id, nameZh, nameEn, version, range);
    }

    private static String[] reason(String key, Object... args) {
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i] == null ? "null" : args[i].toString();
        }
        return new String[] {Messages.zh(key, strings), Messages.en(key, strings)};
    }

    private static void text(List<String[]> reasons, String where, String value) {
        if (value == null || value.isBlank()) {
            reasons.add(reason("line.required", where));
        } else if (value.length() > TEXT_MAX) {
            reasons.add(reason("line.too-long", where, TEXT_MAX));
        }
    }

    private static void namespaced(List<String[]> reasons, String where, String code, String lineId) {
        var m = code == null ? null : NAMESPACED.matcher(code);
        if (m == null || code.length() > CODE_MAX || !m.matches() || !m.group(1).equals(lineId)) {
            reasons.add(reason("line.code-namespace", where, lineId, CODE_MAX));
        }
    }

    private static <T> T safe(Supplier<T> call, List<String[]> reasons, String what) {
        try {
            return call.get();
        } catch (RuntimeException | LinkageError e) {
            reasons.add(reason("line.failed", what, e.toString()));
            return null;
        }
    }

    private static <T> List<T> list(Supplier<List<T>> call, List<String[]> reasons, String what) {
        List<T> list = safe(call, reasons, what);
        return list == null ? List.of() : new ArrayList<>(list);
    }
}
