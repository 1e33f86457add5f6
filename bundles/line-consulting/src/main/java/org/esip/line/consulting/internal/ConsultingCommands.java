package org.esip.line.consulting.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.core.api.Actor;
import org.esip.line.consulting.api.MatchReason;
import org.esip.line.consulting.api.Posting;

/** Console commands of the consulting line (clause 5.2.5). */
public final class ConsultingCommands {
    private ConsultingCommands() {
    }

    /** {@code esip:consulting-postings [--csv]}: open supplies and demands. */
    @Command(scope = "esip", name = "consulting-postings", description = "供需信息 Open supplies and demands")
    @Service
    public static class Postings implements Action {
        @Reference
        Consulting consulting;

        @Option(name = "--csv", description = "CSV instead of a table")
        boolean csv;

        @Override
        public Object execute() {
            List<Posting> all = consulting.postings(null, null, null, null, false, 10_000);
            if (csv) {
                System.out.print(new String(PostingTable.csv(all), StandardCharsets.UTF_8)
                        .replace("\uFEFF", ""));
                return null;
            }
            ShellTable t = new ShellTable();
            for (String c : new String[] {"ID", "供需 Kind", "类型 Type", "标题 Title", "行业 Industry", "地区 Region",
                "发布方 Owner"}) {
                t.column(c);
            }
            for (Posting p : all) {
                t.addRow().addContent(p.id(), p.kind(), p.type(), p.title(), p.industry(), p.region(), p.owner());
            }
            t.print(System.out);
            return null;
        }
    }

    /** {@code esip:consulting-matches <posting id>}: the explained two-way match. */
    @Command(scope = "esip", name = "consulting-matches", description = "供需匹配及理由 Matches of a posting with their reasons")
    @Service
    public static class Matches implements Action {
        @Reference
        Consulting consulting;

        @Argument(index = 0, name = "id", required = true, description = "posting id")
        long id;

        @Override
        public Object execute() {
            for (Consulting.Proposal p : consulting.matches(id, 20)) {
                System.out.println("#" + p.posting().id() + " " + p.posting().title() + " — " + p.score() + " 分 points");
                for (MatchReason r : p.reasons()) {
                    System.out.println("   " + (r.fits() ? "✓ " : "✗ ") + r.points() + "/" + r.maxPoints() + " "
                            + r.zh() + " / " + r.en());
                }
            }
            return null;
        }
    }

    /** {@code esip:consulting-introductions}: introductions and their outcome. */
    @Command(scope = "esip", name = "consulting-introductions", description = "对接记录 Introductions and outcomes")
    @Service
    public static class Introductions implements Action {
        @Reference
        Consulting consulting;

        @Override
        public Object execute() {
            ShellTable t = new ShellTable();
            for (String c : new String[] {"ID", "供给 Supply", "需求 Demand", "结果 Outcome", "金额 Amount (元)"}) {
                t.column(c);
            }
            for (Consulting.Introduction i : consulting.introductions(Actor.system("console"), null)) {
                t.addRow().addContent(i.id(), i.supplyTitle(), i.demandTitle(), i.outcome(),
                        i.amount() == null ? "" : i.amount().toPlainString());
            }
            t.print(System.out);
            return null;
        }
    }
}
