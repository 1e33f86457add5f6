package org.esip.shell.internal;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.archive.api.ArchiveAmendment;
import org.esip.archive.api.ArchiveFile;
import org.esip.archive.api.ArchiveService;
import org.esip.archive.api.ArchiveVerification;
import org.esip.archive.api.OrganisationArchive;

/** The archive (clause 6.4) on the console, thin over ArchiveService. */
public final class ArchiveCommands {
    private ArchiveCommands() {
    }

    static void print(PrintStream out, ArchiveFile f, boolean content) {
        out.println("档案 File " + f.id() + "  工单 ticket #" + f.ticketId() + "  企业 enterprise " + f.enterpriseId()
                + "  封存 sealed " + ConsoleTimes.cell(f.sealedAt()) + " by " + f.sealedBy() + "  保存至 retain until " + f.retainUntil()
                + (f.purgedAt() == null ? "" : "  已清除 purged " + ConsoleTimes.cell(f.purgedAt())));
        out.println("内容哈希 content SHA-256 " + f.contentHash());
        out.println("前一条目 previous       " + f.previousHash());
        out.println("条目哈希 entry          " + f.entryHash());
        if (content && f.content() != null) {
            out.println(f.content());
        }
        for (ArchiveAmendment a : f.amendments()) {
            out.println("  + " + a.kind() + " " + ConsoleTimes.cell(a.at()) + " " + a.actor() + ": " + (a.text() == null ? "—" : a.text()));
        }
    }

    @Command(scope = "esip", name = "archive-show", description = "查看工单的封存档案 Show the sealed archive file of a ticket")
    @Service
    public static class Show extends ConsoleCommand {
        @Reference
        ArchiveService archive;

        @Completion(Completers.TicketIds.class)
        @Argument(index = 0, name = "ticketId", required = true, description = "工单 ID Ticket id")
        long ticketId;

        @Override
        public Object execute() {
            print(out(), archive.fileOfTicket(ticketId), true);
            return null;
        }
    }

    @Command(scope = "esip", name = "archive-verify", description = "校验档案哈希链与附件 Verify the archive's hash chain and attachments")
    @Service
    public static class Verify extends ConsoleCommand {
        @Reference
        ArchiveService archive;

        @Override
        public Object execute() {
            ArchiveVerification v = archive.verify();
            out().println("条目 entries " + v.entries() + "，附件 attachments " + v.attachments() + "："
                    + (v.intact() ? "完好 intact" : "发现 " + v.findings().size() + " 处问题 findings"));
            for (ArchiveVerification.Finding f : v.findings()) {
                out().println("  " + f.messageZh() + " / " + f.messageEn());
            }
            if (!v.intact()) {
                throw new IllegalStateException("档案校验未通过 The archive failed verification");
            }
            return null;
        }
    }

    @Command(scope = "esip", name = "archive-amend", description = "对封存档案追加更正 Append a correction to a sealed file")
    @Service
    public static class Amend extends ConsoleCommand {
        @Reference
        ArchiveService archive;

        @Argument(index = 0, name = "fileId", required = true, description = "档案 ID Archive file id")
        long fileId;

        @Argument(index = 1, name = "text", required = true, multiValued = true, description = "更正内容 The correction")
        List<String> text;

        @Override
        public Object execute() {
            print(out(), archive.amend(Operator.current(), fileId, String.join(" ", text)), false);
            return null;
        }
    }

    @Command(scope = "esip", name = "archive-purge", description = "清除保存期满的档案内容 Purge a file whose retention has passed")
    @Service
    public static class Purge extends ConsoleCommand {
        @Reference
        ArchiveService archive;

        @Argument(index = 0, name = "fileId", required = true, description = "档案 ID Archive file id")
        long fileId;

        @Override
        public Object execute() {
            print(out(), archive.purge(Operator.current(), fileId), false);
            return null;
        }
    }

    @Command(scope = "esip", name = "org-archive", description = "服务机构档案 The archive of a service organisation")
    @Service
    public static class OrganisationFile extends ConsoleCommand {
        @Reference
        ArchiveService archive;

        @Completion(Completers.OrganisationIds.class)
        @Argument(index = 0, name = "organisationId", required = true, description = "机构 ID Organisation id")
        long organisationId;

        @Override
        public Object execute() {
            OrganisationArchive a = archive.organisationArchive(organisationId);
            var o = a.organisation();
            out().println(o.name() + "（" + o.creditCode() + "）  " + o.status() + "  领域 domains " + o.domains());
            out().println("资质 Qualifications: " + o.qualifications().size()
                    + (o.hasExpiredQualification() ? "（有过期 some expired）" : ""));
            var r = a.record();
            out().println("服务记录 Record: 派单 assigned " + r.assigned() + "，办结 completed " + r.completed()
                    + "，按时 on time " + r.onTime() + "，评价 evaluations " + r.evaluations() + "，投诉 complaints " + r.complaints());
            out().println("准入历史 Admission history:");
            a.admissionHistory().forEach(c -> out().println("  " + ConsoleTimes.cell(c.at()) + " " + c.from() + " → " + c.to() + " " + c.actor()
                    + (c.reason() == null ? "" : " " + c.reason())));
            ConsoleTable table = new ConsoleTable();
            table.column("工单 Ticket");
            table.column("类型 Kind");
            table.column("标题 Title").maxSize(40);
            table.column("状态 Status");
            table.column("评价 Grade");
            table.column("档案 File");
            for (OrganisationArchive.ServedItem s : a.services()) {
                table.row(s.ticketId(), s.kind(), s.title(), s.status(), s.grade() == null ? "" : s.grade(),
                        s.archiveFileId() == null ? "" : s.archiveFileId());
            }
            printTable(table, null);
            return null;
        }
    }
}
