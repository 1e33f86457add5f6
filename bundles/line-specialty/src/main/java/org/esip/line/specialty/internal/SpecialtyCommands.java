package org.esip.line.specialty.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.line.specialty.api.DefinitionError;
import org.esip.line.specialty.api.DefinitionStatus;
import org.esip.line.specialty.api.SpecialtyDefinition;

/** The specialty lines on the console: definitions with their status, one definition, validation, requests. */
public final class SpecialtyCommands {
    private SpecialtyCommands() {
    }

    @Command(scope = "esip", name = "specialty-list", description = "列出特色专线定义及状态 List specialty definitions with their status")
    @Service
    public static class ListDefinitions implements Action {
        @Reference
        SpecialtyRegistry registry;

        @Override
        public Object execute() {
            registry.rescan();
            ShellTable table = new ShellTable();
            table.column("文件 File");
            table.column("专线 Line");
            table.column("状态 Status");
            table.column("在用 Served");
            table.column("错误 Errors");
            for (DefinitionStatus s : registry.statuses()) {
                table.addRow().addContent(s.file(), s.id(), s.valid() ? "有效 VALID" : "已拒绝 REFUSED",
                        s.served() ? "是 yes" : "否 no", s.errors().size());
            }
            table.print(System.out);
            System.out.println("目录 Folder: " + registry.definitionsFolder());
            return null;
        }
    }

    @Command(scope = "esip", name = "specialty-show", description = "显示一个特色专线定义 Show one specialty definition")
    @Service
    public static class Show implements Action {
        @Reference
        SpecialtyRegistry registry;

        @Argument(index = 0, name = "id", required = true, description = "专线 id Line id")
        String id;

        @Override
        public Object execute() {
            registry.rescan();
            DefinitionStatus s = registry.status(id).orElse(null);
            if (s == null) {
                System.out.println("没有定义 No definition: " + id);
                return null;
            }
            System.out.println(s.file() + "  " + (s.valid() ? "有效 VALID" : "已拒绝 REFUSED") + "  "
                    + (s.served() ? "在用 served since " + s.servedSince() : "未在用 not served"));
            s.errors().forEach(e -> System.out.println("  ✗ " + e));
            SpecialtyDefinition d = registry.served(id).orElse(null);
            if (d == null) {
                return null;
            }
            System.out.println(d.nameZh() + " " + d.nameEn());
            d.categories().forEach(c -> System.out.println("  类别 category " + d.id() + "." + c.name() + " " + c.nameZh()
                    + " " + c.kind() + " " + c.resolutionDays() + "d"));
            for (SpecialtyDefinition.Item i : d.items()) {
                System.out.println("  事项 item " + i.code() + " " + i.nameZh() + " / " + i.nameEn() + " → " + i.category());
                i.fields().forEach(f -> System.out.println("    " + f.name() + " (" + f.type().name().toLowerCase()
                        + (f.required() ? ", 必填 required" : "") + ") " + f.labelZh() + " / " + f.labelEn()));
            }
            d.indicators().forEach(in -> System.out.println("  指标 indicator " + d.id() + "." + in.name() + " "
                    + in.nameZh() + " " + in.measure()));
            return null;
        }
    }

    @Command(scope = "esip", name = "specialty-validate", description = "校验一个定义文件 Validate a definition file")
    @Service
    public static class Validate implements Action {
        @Argument(index = 0, name = "file", required = true, description = "文件路径 Path of the file")
        String file;

        @Override
        public Object execute() throws Exception {
            Path p = Paths.get(file);
            String name = p.getFileName().toString();
            DefinitionParser.Result r = DefinitionParser.parse(Files.readString(p, StandardCharsets.UTF_8),
                    name.endsWith(SpecialtyRegistry.EXTENSION) ? SpecialtyRegistry.idOf(name) : null);
            if (r.valid()) {
                System.out.println("有效 VALID: " + r.definition().id() + " " + r.definition().nameZh());
            } else {
                System.out.println("无效 INVALID: " + r.errors().size() + " 个错误 error(s)");
                for (DefinitionError e : r.errors()) {
                    System.out.println("  ✗ " + e);
                }
            }
            return null;
        }
    }

    @Command(scope = "esip", name = "specialty-requests", description = "列出特色专线的申请 List specialty requests")
    @Service
    public static class Requests implements Action {
        @Reference
        SpecialtyRegistry registry;

        @Option(name = "-l", aliases = "--line", description = "专线 id Line id")
        String line;

        @Override
        public Object execute() {
            Actor operator = new Actor("console:specialty", Set.of(Role.ADMIN), null, null, null);
            ShellTable table = new ShellTable();
            table.column("ID");
            table.column("专线 Line");
            table.column("事项 Item");
            table.column("企业 Enterprise");
            table.column("工单 Ticket");
            table.column("内容 Values").maxSize(60);
            for (SpecialtyRequests.RequestView r : registry.requests().list(operator, line, null)) {
                StringBuilder values = new StringBuilder();
                r.answers().forEach(a -> values.append(a.get("labelZh")).append('=').append(a.get("displayZh")).append("; "));
                table.addRow().addContent(r.id(), r.lineId(), r.itemNameZh(), r.enterpriseId(),
                        r.ticketId() == null ? "—" : r.ticketId() + " " + r.ticketStatus(), values.toString());
            }
            table.print(System.out);
            return null;
        }
    }
}
