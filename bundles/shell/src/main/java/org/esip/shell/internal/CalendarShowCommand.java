package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.ticketing.api.CalendarDay;
import org.esip.ticketing.api.WorkingCalendar;

@Command(scope = "esip", name = "calendar-show", description = "查看某年的节假日与调休上班日 Show a year's holidays and adjusted working days")
@Service
public class CalendarShowCommand extends ConsoleCommand {

    @Reference
    WorkingCalendar calendar;

    @Argument(index = 0, name = "year", required = true, description = "年份 Year")
    int year;

    @Override
    public Object execute() {
        ConsoleTable table = new ConsoleTable();
        table.column("日期 Date");
        table.column("类型 Kind");
        table.column("名称 Name");
        for (CalendarDay d : calendar.year(year)) {
            table.row(d.date(), d.kind() == CalendarDay.Kind.HOLIDAY ? "放假 HOLIDAY" : "上班 WORKDAY",
                    d.name() == null ? "" : d.name());
        }
        printTable(table, null);
        return null;
    }
}
