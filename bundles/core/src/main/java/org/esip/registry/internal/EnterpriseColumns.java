package org.esip.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.table.Cells;
import org.esip.core.internal.table.TableImport;
import org.esip.core.internal.table.TableImport.Column;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseRegistration;
import org.esip.registry.api.EnterpriseSize;
import org.esip.registry.api.Qualification;
import org.esip.registry.api.QualificationType;

/**
 * The spreadsheet layout of the enterprise registry, for import and export alike: Chinese headers as
 * counties write them, the API's field names accepted too. Lists are separated by {@code ;} (or the
 * full-width {@code ；}); a qualification is {@code TYPE|number|issued on|valid until}, dates as yyyy-MM-dd.
 */
final class EnterpriseColumns {
    static final TableImport<EnterpriseRules.Checked> LAYOUT = new TableImport<>(List.of(
            new Column("统一社会信用代码", "creditCode"),
            new Column("企业名称", "name"),
            new Column("所属区划代码", "regionCode"),
            new Column("乡镇街道", "township"),
            new Column("地址", "address"),
            new Column("行业代码", "industryCode"),
            new Column("法定代表人", "legalRepresentative"),
            new Column("联系人", "contactPerson"),
            new Column("联系电话", "contactPhone"),
            new Column("电子邮箱", "contactEmail"),
            new Column("从业人员", "employees"),
            new Column("营业收入(万元)", "annualRevenue"),
            new Column("资产总额(万元)", "totalAssets"),
            new Column("成立日期", "foundedOn"),
            new Column("企业规模认定", "sizeOverride"),
            new Column("资质荣誉", "qualifications"),
            new Column("标签", "tags")), List.of("creditCode", "name", "regionCode"));

    private EnterpriseColumns() {
    }

    /** One enterprise as an export row, in {@link #ALL}'s order. */
    static List<String> row(Enterprise e) {
        List<String> q = new ArrayList<>();
        for (Qualification x : e.qualifications()) {
            q.add(x.type() + "|" + nz(x.number()) + "|" + nz(x.issuedOn()) + "|" + nz(x.validUntil()));
        }
        return Arrays.asList(e.creditCode(), e.name(), e.regionCode(), e.township(), e.address(),
                e.industryCode(), e.legalRepresentative(), e.contactPerson(), e.contactPhone(), e.contactEmail(),
                e.employees() == null ? null : e.employees().toString(), plain(e.annualRevenue()),
                plain(e.totalAssets()), e.foundedOn() == null ? null : e.foundedOn().toString(),
                e.sizeOverride() == null ? null : e.sizeOverride().name(),
                q.isEmpty() ? null : String.join(";", q),
                e.tags().isEmpty() ? null : String.join(";", new TreeSet<>(e.tags())));
    }

    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    /** A row's cells (field name to text) as a registration; unparseable values are reported into {@code v}. */
    static EnterpriseRegistration parse(Map<String, String> cells, Violations v) {
        return new EnterpriseRegistration(null, cells.get("creditCode"), cells.get("name"), cells.get("regionCode"),
                cells.get("township"), cells.get("address"), cells.get("industryCode"),
                cells.get("legalRepresentative"), cells.get("contactPerson"), cells.get("contactPhone"),
                cells.get("contactEmail"), Cells.integer(v, "employees", cells.get("employees")),
                Cells.decimal(v, "annualRevenue", cells.get("annualRevenue")),
                Cells.decimal(v, "totalAssets", cells.get("totalAssets")), Cells.date(v, "foundedOn", cells.get("foundedOn")),
                size(v, cells.get("sizeOverride")), qualifications(v, cells.get("qualifications")),
                Cells.list(cells.get("tags")));
    }




    private static EnterpriseSize size(Violations v, String s) {
        if (s == null) {
            return null;
        }
        switch (s.strip()) {
            case "大型", "大":
                return EnterpriseSize.LARGE;
            case "中型", "中":
                return EnterpriseSize.MEDIUM;
            case "小型", "小":
                return EnterpriseSize.SMALL;
            case "微型", "微":
                return EnterpriseSize.MICRO;
            default:
                try {
                    return EnterpriseSize.valueOf(s.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    v.add("sizeOverride", "import.not-size", s);
                    return null;
                }
        }
    }

    private static List<Qualification> qualifications(Violations v, String s) {
        List<Qualification> out = new ArrayList<>();
        for (String item : Cells.list(s)) {
            String[] p = (item + "|||").split("\\|", -1);
            QualificationType type;
            try {
                type = QualificationType.valueOf(p[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("qualifications", "import.not-qualification", item);
                continue;
            }
            out.add(new Qualification(type, p[1].isBlank() ? null : p[1].strip(), Cells.date(v, "qualifications", p[2]),
                    Cells.date(v, "qualifications", p[3]), false));
        }
        return out;
    }

}
