package org.esip.shell.internal;

import java.time.LocalDate;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.line.api.IndicatorValue;
import org.esip.line.api.ServiceLineRegistry;
import org.esip.ticketing.api.TicketFigures;
import org.esip.ticketing.api.TicketService;

/** The dashboard's figures on the console: the same computation as GET /api/v1/dashboard (clause 7.1). */
@Command(scope = "esip", name = "figures", description = "看板数据 The dashboard's figures: demands, rates, satisfaction, indicators")
@Service
public class FiguresCommand implements Action {

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
        ShellTable table = new ShellTable();
        table.column("项目 Figure");
        table.column("值 Value");
        table.addRow().addContent("需求总数 Demands", f.total());
        row(table, "渠道 Channel", f.byChannel());
        row(table, "类型 Kind", f.byKind());
        row(table, "区县 County", f.byCounty());
        row(table, "月份 Month", f.byMonth());
        table.addRow().addContent("受理率 Acceptance", rate(f.acceptance().rate()) + " (" + f.acceptance().accepted() + "/"
                + (f.acceptance().accepted() + f.acceptance().rejected()) + ")");
        for (TicketFigures.StageFigure s : f.stages()) {
            table.addRow().addContent("按时率 On time " + s.stage(), rate(s.onTimeRate()) + " (" + s.onTime() + "/" + s.passed() + ")");
        }
        row(table, "满意度 Grades", f.grades());
        table.addRow().addContent("整改率 Corrections", rate(f.corrections().rate()) + " (" + f.corrections().corrected() + "/"
                + f.corrections().needed() + ")");
        table.addRow().addContent("逾期 Overdue", f.overdue());
        table.addRow().addContent("问题工单 Problems", f.problems());
        for (IndicatorValue i : lines.measureIndicators()) {
            table.addRow().addContent(i.code() + " " + i.nameZh(), i.value() == null ? "— " + i.errorZh() : i.value());
        }
        table.print(System.out);
        return null;
    }

    private static void row(ShellTable table, String name, Map<String, Long> values) {
        StringBuilder b = new StringBuilder();
        values.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        table.addRow().addContent(name, b.length() == 0 ? "—" : b.toString());
    }

    private static String rate(Double r) {
        return r == null ? "—" : String.format("%.1f%%", r * 100);
    }
}
