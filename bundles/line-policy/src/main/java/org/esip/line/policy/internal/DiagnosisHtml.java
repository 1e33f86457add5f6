package org.esip.line.policy.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.esip.line.policy.api.ConditionResult;
import org.esip.line.policy.api.DiagnosisReport;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyApplication;
import org.esip.line.policy.api.Verdict;

/** The diagnosis report as a printable HTML page: Chinese first, English beside it. */
final class DiagnosisHtml {
    private DiagnosisHtml() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String amount(BigDecimal wan) {
        return wan == null ? "—" : wan.stripTrailingZeros().toPlainString() + " 万元";
    }

    static String render(DiagnosisReport r) {
        var e = r.enterprise();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(escape(e.name())).append(" 政策诊断报告 Policy diagnosis report</title>")
                .append("<style>body{font-family:'Noto Sans SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}")
                .append("h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #999;margin-top:1.6em}")
                .append("table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:4px 6px;")
                .append("text-align:left;vertical-align:top}.en{color:#666;font-size:.9em}.no{color:#a00}")
                .append(".unknown{color:#a60}@media print{body{margin:1cm}}</style></head><body>\n");
        h.append("<h1>").append(escape(e.name())).append(" 智能政策诊断报告 <span class=\"en\">Policy diagnosis report</span></h1>\n");
        h.append("<p>诊断日期 <span class=\"en\">Evaluated on</span> ").append(r.evaluatedOn())
                .append(" · 统一社会信用代码 ").append(escape(e.creditCode())).append("</p>\n");
        h.append("<h2>企业画像 <span class=\"en\">Profile</span></h2>\n<table>");
        row(h, "所属区划", "Region", e.regionCode());
        row(h, "行业", "Industry", e.industryCode() == null ? null : e.industryCode() + " " + nz(e.industryName()));
        row(h, "企业规模", "Size", e.size() == null ? null : e.size().name());
        row(h, "从业人员", "Employees", e.employees() == null ? null : e.employees().toString());
        row(h, "营业收入（万元）", "Revenue (10 000 CNY)", e.annualRevenue() == null ? null : e.annualRevenue().toPlainString());
        row(h, "成立日期", "Founded", e.foundedOn() == null ? null : e.foundedOn().toString());
        row(h, "资质", "Qualifications", e.qualifications().isEmpty() ? null
                : String.join("、", e.qualifications().stream().map(q -> q.type().name()).toList()));
        row(h, "标签", "Tags", e.tags().isEmpty() ? null : String.join("、", e.tags()));
        h.append("</table>\n");

        h.append("<h2>可享受的政策 <span class=\"en\">Policies it qualifies for</span> · 预计最高可获 ")
                .append(amount(r.totalBenefitWan())).append("</h2>\n");
        if (r.eligible().isEmpty()) {
            h.append("<p>暂无 <span class=\"en\">None yet</span></p>\n");
        }
        for (var g : r.eligible()) {
            h.append("<h3>").append(escape(g.nameZh())).append(" <span class=\"en\">").append(escape(g.nameEn()))
                    .append("</span> · ").append(amount(g.benefitWan())).append("</h3>\n");
            policies(h, g.policies(), false);
        }
        h.append("<h2>待确认的政策 <span class=\"en\">Policies its data cannot decide yet</span></h2>\n");
        if (r.unknown().isEmpty()) {
            h.append("<p>无 <span class=\"en\">None</span></p>\n");
        }
        policies(h, r.unknown(), true);
        h.append("<h2>差一项条件的政策 <span class=\"en\">Near misses: one condition short</span></h2>\n");
        if (r.nearMisses().isEmpty()) {
            h.append("<p>无 <span class=\"en\">None</span></p>\n");
        }
        policies(h, r.nearMisses(), true);

        h.append("<h2>已申报 <span class=\"en\">Applications so far</span></h2>\n");
        if (r.applications().isEmpty()) {
            h.append("<p>暂无 <span class=\"en\">None yet</span></p>\n");
        } else {
            h.append("<table><tr><th>政策 Policy</th><th>方式 Mode</th><th>状态 Status</th><th>结果 Outcome</th></tr>");
            for (PolicyApplication a : r.applications()) {
                h.append("<tr><td>").append(escape(a.policyTitle())).append("</td><td>").append(a.mode())
                        .append("</td><td>").append(escape(a.status())).append("</td><td>").append(escape(a.outcome()))
                        .append("</td></tr>");
            }
            h.append("</table>\n");
        }
        h.append("<h2>最新政策 <span class=\"en\">Latest policies</span></h2>\n<ul>");
        for (Policy p : r.latest()) {
            h.append("<li>").append(escape(p.title())).append("（").append(escape(p.issuer())).append("，")
                    .append(p.publishedOn() == null ? "" : p.publishedOn().toString()).append("）</li>");
        }
        h.append("</ul>\n<p class=\"en\">生成于 Generated at ")
                .append(DateTimeFormatter.ISO_INSTANT.format(r.generatedAt())).append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder h, String zh, String en, String value) {
        h.append("<tr><th>").append(zh).append(" <span class=\"en\">").append(en).append("</span></th><td>")
                .append(value == null ? "<span class=\"unknown\">未登记 not recorded</span>" : escape(value))
                .append("</td></tr>");
    }

    private static void policies(StringBuilder h, List<DiagnosisReport.Item> items, boolean explainFailing) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<table><tr><th>政策 Policy</th><th>最高金额 Up to</th><th>条件 Conditions</th></tr>");
        for (var i : items) {
            Policy p = i.policy();
            h.append("<tr><td>").append(escape(p.title())).append("<br><span class=\"en\">")
                    .append(escape(nz(p.documentNumber()))).append(" ").append(escape(p.issuer())).append("</span></td><td>")
                    .append(amount(p.benefitWan())).append("</td><td>");
            for (ConditionResult c : i.match().conditions()) {
                if (explainFailing && c.verdict() == Verdict.ELIGIBLE) {
                    continue;
                }
                String css = c.verdict() == Verdict.NOT_ELIGIBLE ? "no" : c.verdict() == Verdict.UNKNOWN ? "unknown" : "";
                h.append("<div class=\"").append(css).append("\">").append(escape(c.explanationZh()))
                        .append(" <span class=\"en\">").append(escape(c.explanationEn())).append("</span></div>");
            }
            h.append("</td></tr>");
        }
        h.append("</table>\n");
    }
}
