package org.esip.shell.internal;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.registry.api.Enterprise;
import org.esip.registry.api.EnterpriseService;
import org.esip.registry.api.Qualification;

@Command(scope = "esip", name = "enterprise-show", description = "查看企业详情 Show an enterprise")
@Service
public class EnterpriseShowCommand extends ConsoleCommand {

    @Reference
    EnterpriseService enterprises;

    @Completion(Completers.EnterpriseIds.class)
    @Argument(index = 0, name = "enterprise", required = true, description = "ID 或统一社会信用代码 Id or credit code")
    String key;

    @Override
    public Object execute() {
        Enterprise e = key.matches("\\d{1,17}") ? enterprises.get(Long.parseLong(key))
                : enterprises.findByCreditCode(key).orElse(null);
        if (e == null) {
            out().println("不存在该企业 No such enterprise: " + key);
            return null;
        }
        ConsoleTable t = new ConsoleTable();
        t.noHeaders();
        t.column("");
        t.column("");
        t.row("ID", e.id());
        t.row("统一社会信用代码 Credit code", e.creditCode());
        t.row("名称 Name", e.name());
        t.row("状态 Status", e.status() + (e.retiredAt() == null ? "" : " " + ConsoleTimes.cell(e.retiredAt()))
                + (e.retireReason() == null ? "" : " (" + e.retireReason() + ")"));
        t.row("区划 / 乡镇 Region / township", e.regionCode() + " " + nz(e.township()));
        t.row("地址 Address", nz(e.address()));
        t.row("行业 Industry", nz(e.industryCode()) + " " + nz(e.industryName()));
        t.row("法定代表人 Legal representative", nz(e.legalRepresentative()));
        t.row("联系人 / 电话 / 邮箱 Contact", nz(e.contactPerson()) + " " + nz(e.contactPhone()) + " "
                + nz(e.contactEmail()));
        t.row("从业人员 Employees", nz(e.employees()));
        t.row("营业收入(万元) Revenue", nz(e.annualRevenue()));
        t.row("资产总额(万元) Total assets", nz(e.totalAssets()));
        t.row("成立日期 Founded", nz(e.foundedOn()));
        t.row("规模 Size", (e.size() == null ? "未知 unknown" : e.size().name()) + " ("
                + switch (e.sizeSource()) {
                    case OVERRIDDEN -> "人工认定 set by staff";
                    case COMPUTED -> "规则测算 computed";
                    case UNKNOWN -> "数据不足 not enough data";
                } + ")");
        for (Qualification q : e.qualifications()) {
            t.row("资质 Qualification", q.type() + " " + nz(q.number()) + " 至 until " + nz(q.validUntil())
                    + (q.expired() ? " 已过期 EXPIRED" : ""));
        }
        t.row("标签 Tags", String.join(", ", new TreeSet<>(e.tags())));
        t.row("版本 Version", e.version());
        printTable(t, null);
        return null;
    }

    private static String nz(Object o) {
        return ConsoleTimes.cell(o);
    }
}
