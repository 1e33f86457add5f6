package org.esip.provider.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.esip.core.internal.i18n.Violations;
import org.esip.core.internal.table.Cells;
import org.esip.core.internal.table.TableImport;
import org.esip.core.internal.table.TableImport.Column;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationQualification;
import org.esip.provider.api.OrganisationRegistration;
import org.esip.provider.api.Presence;
import org.esip.provider.api.ServiceDomain;

/**
 * The spreadsheet layout of the organisation registry. Domains are codes or their Chinese names,
 * separated by {@code ;}; a qualification is {@code type|number|issuer|valid until}; yes/no columns
 * take 是/否 or true/false.
 */
final class OrganisationColumns {
    static final TableImport<ProviderRules.CheckedOrganisation> LAYOUT = new TableImport<>(List.of(
            new Column("统一社会信用代码", "creditCode"),
            new Column("机构名称", "name"),
            new Column("所属区划代码", "regionCode"),
            new Column("地址", "address"),
            new Column("联系人", "contactPerson"),
            new Column("联系电话", "contactPhone"),
            new Column("电子邮箱", "contactEmail"),
            new Column("服务领域", "domains"),
            new Column("资质", "qualifications"),
            new Column("信用良好", "creditGood"),
            new Column("不良信用说明", "creditNote"),
            new Column("服务形式", "presence"),
            new Column("联盟成员", "allianceMember"),
            new Column("标签", "tags")), List.of("creditCode", "name", "regionCode"));

    private OrganisationColumns() {
    }

    static List<String> row(Organisation o) {
        List<String> q = new ArrayList<>();
        for (OrganisationQualification x : o.qualifications()) {
            q.add(x.type() + "|" + nz(x.number()) + "|" + nz(x.issuer()) + "|" + nz(x.validUntil()));
        }
        return Arrays.asList(o.creditCode(), o.name(), o.regionCode(), o.address(), o.contactPerson(), o.contactPhone(),
                o.contactEmail(), String.join(";", new TreeSet<>(o.domains().stream().map(Enum::name).toList())),
                q.isEmpty() ? null : String.join(";", q), o.creditGood() ? "是" : "否", o.creditNote(),
                o.presence() == null ? null : o.presence().name(), o.allianceMember() ? "是" : "否",
                o.tags().isEmpty() ? null : String.join(";", new TreeSet<>(o.tags())));
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    static OrganisationRegistration parse(Map<String, String> cells, Violations v) {
        return new OrganisationRegistration(null, cells.get("creditCode"), cells.get("name"), cells.get("regionCode"),
                cells.get("address"), cells.get("contactPerson"), cells.get("contactPhone"), cells.get("contactEmail"),
                domains(v, cells.get("domains")), qualifications(v, cells.get("qualifications")),
                Cells.yesNo(v, "creditGood", cells.get("creditGood")), cells.get("creditNote"),
                presence(v, cells.get("presence")), Cells.yesNo(v, "allianceMember", cells.get("allianceMember")),
                Cells.list(cells.get("tags")));
    }

    private static Set<ServiceDomain> domains(Violations v, String s) {
        Set<ServiceDomain> out = EnumSet.noneOf(ServiceDomain.class);
        for (String item : Cells.list(s)) {
            ServiceDomain found = null;
            for (ServiceDomain d : ServiceDomain.values()) {
                if (d.name().equalsIgnoreCase(item) || d.nameZh().equals(item)) {
                    found = d;
                }
            }
            if (found == null) {
                v.add("domains", "import.not-domain", item);
            } else {
                out.add(found);
            }
        }
        return out;
    }

    private static List<OrganisationQualification> qualifications(Violations v, String s) {
        List<OrganisationQualification> out = new ArrayList<>();
        for (String item : Cells.list(s)) {
            String[] p = (item + "|||").split("\\|", -1);
            LocalDate until = Cells.date(v, "qualifications", p[3]);
            out.add(new OrganisationQualification(p[0].strip(), p[1].isBlank() ? null : p[1].strip(),
                    p[2].isBlank() ? null : p[2].strip(), until, null));
        }
        return out;
    }


    private static Presence presence(Violations v, String s) {
        if (s == null) {
            return null;
        }
        switch (s.strip()) {
            case "入驻", "线下":
                return Presence.ON_SITE;
            case "线上":
                return Presence.ONLINE;
            case "线上线下", "两者":
                return Presence.BOTH;
            default:
                try {
                    return Presence.valueOf(s.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    v.add("presence", "import.not-presence", s);
                    return null;
                }
        }
    }

}
