package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.Qualification;

@Command(scope = "esip", name = "enterprise-show", description = "查看企业详情 Show an enterprise")
@Service
public class EnterpriseShowCommand implements Action {

    @Reference
    EnterpriseService enterprises;

    @Argument(index = 0, name = "enterprise", required = true, description = "ID 或统一社会信用代码 Id or credit code")
    String key;

    @Override
    public Object execute() {
        Enterprise e = key.matches("\\d{1,17}") ? enterprises.get(Long.parseLong(key))
                : enterprises.findByCreditCode(key).orElse(null);
        if (e == null) {
            System.out.println("不存在该企业 No such enterprise: " + key);
            return null;
        }
        ShellTable t = new ShellTable();
        t.noHeaders();
        t.column("");
        t.column("");
        t.addRow().addContent("ID", e.id());
        t.addRow().addContent("统一社会信用代码 Credit code", e.creditCode());
        t.addRow().addContent("名称 Name", e.name());
        t.addRow().addContent("状态 Status", e.status() + (e.retiredAt() == null ? "" : " " + e.retiredAt())
                + (e.retireReason() == null ? "" : " (" + e.retireReason() + ")"));
        t.addRow().addContent("区划 / 乡镇 Region / township", e.regionCode() + " " + nz(e.township()));
        t.addRow().addContent("地址 Address", nz(e.address()));
        t.addRow().addContent("行业 Industry", nz(e.industryCode()) + " " + nz(e.industryName()));
        t.addRow().addContent("法定代表人 Legal representative", nz(e.legalRepresentative()));
        t.addRow().addContent("联系人 / 电话 / 邮箱 Contact", nz(e.contactPerson()) + " " + nz(e.contactPhone()) + " "
                + nz(e.contactEmail()));
        t.addRow().addContent("从业人员 Employees", nz(e.employees()));
        t.addRow().addContent("营业收入(万元) Revenue", nz(e.annualRevenue()));
        t.addRow().addContent("资产总额(万元) Total assets", nz(e.totalAssets()));
        t.addRow().addContent("成立日期 Founded", nz(e.foundedOn()));
        t.addRow().addContent("规模 Size", (e.size() == null ? "未知 unknown" : e.size().name()) + " ("
                + switch (e.sizeSource()) {
                    case OVERRIDDEN -> "人工认定 set by staff";
                    case COMPUTED -> "规则测算 computed";
                    case UNKNOWN -> "数据不足 not enough data";
                } + ")");
        for (Qualification q : e.qualifications()) {
            t.addRow().addContent("资质 Qualification", q.type() + " " + nz(q.number()) + " 至 until " + nz(q.validUntil())
                    + (q.expired() ? " 已过期 EXPIRED" : ""));
        }
        t.addRow().addContent("标签 Tags", String.join(", ", new java.util.TreeSet<>(e.tags())));
        t.addRow().addContent("版本 Version", e.version());
        t.print(System.out);
        return null;
    }

    private static String nz(Object o) {
        return o == null ? "" : o.toString();
    }
}
