package org.esip.line.policy.internal;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.esip.line.policy.api.Policy;
import org.esip.line.policy.api.PolicyCategory;
import org.esip.line.policy.api.PolicyMatching;
import org.esip.line.policy.api.PolicyPushes;
import org.esip.line.policy.api.PolicyQuery;
import org.esip.line.policy.api.PolicyService;
import org.esip.line.policy.api.PolicyStatus;

/** The policy library on the console: installed and removed with the line. */
public final class PolicyCommands {
    private PolicyCommands() {
    }

    /** Console operators are administrators (the console's ACL already demanded it). */
    static Actor operator() {
        return new Actor("console:policy", Set.of(Role.ADMIN), null, null, null);
    }

    @Command(scope = "esip", name = "policy-list", description = "列出政策 List policies")
    @Service
    public static class ListPolicies implements Action {
        @Reference
        PolicyService policies;

        @Option(name = "-q", aliases = "--text", description = "标题、文号、摘要或发文单位包含 Title, number, summary or issuer contains")
        String text;

        @Option(name = "-c", aliases = "--category", description = "类别 Category")
        PolicyCategory category;

        @Option(name = "--status", description = "DRAFT PUBLISHED EXPIRED WITHDRAWN")
        PolicyStatus status;

        @Option(name = "-p", aliases = "--page", description = "页码 Page (from 0)")
        int page;

        @Option(name = "-s", aliases = "--size", description = "每页条数 Page size")
        int size = 20;

        @Override
        public Object execute() {
            Page<Policy> found = policies.search(new PolicyQuery(text, category, null, null, status, null, null, null, null),
                    new PageRequest(page, size));
            ShellTable table = new ShellTable();
            table.column("ID");
            table.column("标题 Title").maxSize(40);
            table.column("文号 Number");
            table.column("类别 Category");
            table.column("层级 Level");
            table.column("状态 Status");
            table.column("失效 Expires");
            for (Policy p : found.items()) {
                table.addRow().addContent(p.id(), p.title(), p.documentNumber() == null ? "" : p.documentNumber(),
                        p.category().nameZh(), p.level().nameZh(), p.status(), p.expiresOn() == null ? "" : p.expiresOn());
            }
            table.print(System.out);
            System.out.println("共 " + found.total() + " 条 total, 第 " + found.page() + " 页 page");
            return null;
        }
    }

    @Command(scope = "esip", name = "policy-publish", description = "发布政策 Publish a draft policy")
    @Service
    public static class Publish implements Action {
        @Reference
        PolicyService policies;

        @Argument(index = 0, name = "id", required = true, description = "政策 ID Policy id")
        long id;

        @Override
        public Object execute() {
            Policy p = policies.publish(operator(), id, policies.get(id).version());
            System.out.println("#" + p.id() + " " + p.title() + " [" + p.status() + "] " + p.publishedOn());
            return null;
        }
    }

    @Command(scope = "esip", name = "policy-withdraw", description = "撤回政策 Withdraw a published policy, with the reason")
    @Service
    public static class Withdraw implements Action {
        @Reference
        PolicyService policies;

        @Argument(index = 0, name = "id", required = true, description = "政策 ID Policy id")
        long id;

        @Argument(index = 1, name = "reason", required = true, multiValued = true, description = "理由 Reason")
        List<String> reason;

        @Override
        public Object execute() {
            Policy p = policies.withdraw(operator(), id, policies.get(id).version(), String.join(" ", reason));
            System.out.println("#" + p.id() + " " + p.title() + " [" + p.status() + "]");
            return null;
        }
    }

    @Command(scope = "esip", name = "policy-reach", description = "政策匹配到的企业与差一项条件的企业 Who a published policy reaches")
    @Service
    public static class Reach implements Action {
        @Reference
        PolicyMatching matching;

        @Reference
        PolicyPushes pushes;

        @Argument(index = 0, name = "id", required = true, description = "政策 ID Policy id")
        long id;

        @Override
        public Object execute() {
            var reach = matching.reachOf(id);
            System.out.println("符合 eligible " + reach.eligible().size() + "：" + reach.eligible());
            System.out.println("待确认 unknown " + reach.unknown().size() + "：" + reach.unknown());
            var r = pushes.reportOf(id);
            System.out.println("推送 pushed " + r.pushed() + "，受限 held back " + r.heldBack() + "，已读 read " + r.read()
                    + "，已申报 applied " + r.applied());
            ShellTable table = new ShellTable();
            table.column("企业 Enterprise");
            table.column("差的条件 What is missing").maxSize(100);
            for (var m : matching.nearMissEnterprisesFor(id, 20)) {
                table.addRow().addContent(m.enterpriseId(), String.join("；", m.failing().stream()
                        .map(c -> c.explanationZh() + " / " + c.explanationEn()).toList()));
            }
            table.print(System.out);
            return null;
        }
    }

    @Command(scope = "esip", name = "policy-diagnose", description = "企业政策诊断 What an enterprise qualifies for, may qualify for, and misses by one condition")
    @Service
    public static class Diagnose implements Action {
        @Reference
        PolicyMatching matching;

        @Argument(index = 0, name = "enterpriseId", required = true, description = "企业 ID Enterprise id")
        long enterpriseId;

        @Override
        public Object execute() {
            ShellTable table = new ShellTable();
            table.column("政策 Policy");
            table.column("结论 Verdict");
            table.column("说明 Why").maxSize(100);
            for (var m : matching.policiesFor(enterpriseId)) {
                table.addRow().addContent(m.policyId(), m.verdict(), String.join("；", m.unknown().stream()
                        .map(c -> c.explanationZh()).toList()));
            }
            for (var m : matching.nearMissesFor(enterpriseId, 10)) {
                table.addRow().addContent(m.policyId(), "差一项 NEAR MISS", String.join("；", m.failing().stream()
                        .map(c -> c.explanationZh() + " / " + c.explanationEn()).toList()));
            }
            table.print(System.out);
            return null;
        }
    }
}
