package org.esip.shell.internal;

import java.time.LocalDate;
import java.util.Map;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.line.api.IndicatorValue;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketService;

/** The dashboard's figures on the console: the same computation as GET /api/v1/dashboard (clause 7.1). */
@Command(scope = "esip", name = "figures", description = "看板数据 The dashboard's figures: demands, rates, satisfaction, indicators")
@Service
public class FiguresCommand extends ConsoleCommand {

    @Reference
    TicketService tickets;

    @Reference
    ServiceLineRegistry lines;

    @Option(name = "-c", aliases = "--county", description = "区县代码 County region code, e.g. 330302")
    String county;

    @Option(name = "--from", description = "起始日期 From (yyyy-MM-dd)")
    String from;

    @Option(name = "--to", description = "截止日期 To (yyyy-MM-dd)")
    String to;

    @Override
    public Object execute() {
        TicketFigures f = tickets.figures(county, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
        ConsoleTable table = new ConsoleTable();
        table.column("项目 Figure");
        table.column("值 Value");
        table.row("需求总数 Demands", f.total());
        row(table, "渠道 Channel", f.byChannel());
        row(table, "类型 Kind", f.byKind());
        row(table, "区县 County", f.byCounty());
        row(table, "月份 Month", f.byMonth());
        table.row("受理率 Acceptance", rate(f.acceptance().rate()) + " (" + f.acceptance().accepted() + "/"
                + (f.acceptance().accepted() + f.acceptance().rejected()) + ")");
        for (TicketFigures.StageFigure s : f.stages()) {
            table.row("按时率 On time " + s.stage(), rate(s.onTimeRate()) + " (" + s.onTime() + "/" + s.passed() + ")");
        }
        row(table, "满意度 Grades", f.grades());
        table.row("整改率 Corrections", rate(f.corrections().rate()) + " (" + f.corrections().corrected() + "/"
                + f.corrections().needed() + ")");
        table.row("逾期 Overdue", f.overdue());
        table.row("问题工单 Problems", f.problems());
        for (IndicatorValue i : lines.measureIndicators()) {
            table.row(i.code() + " " + i.nameZh(), i.value() == null ? "— " + i.errorZh() : i.value());
        }
        printTable(table, null);
        return null;
    }

    private static void row(ConsoleTable table, String name, Map<String, Long> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        table.row(name, b.length() == 0 ? "—" : b.toString());
    }

    private static String rate(Double r) {
        return r == null ? "—" : String.format("%.1f%%", r * 100);
    }
}
