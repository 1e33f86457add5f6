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
}
