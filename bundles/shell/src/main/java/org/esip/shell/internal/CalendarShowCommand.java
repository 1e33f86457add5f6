package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.esip.ticketing.api.CalendarDay;
import org.esip.ticketing.api.WorkingCalendar;

@Command(scope = "esip", name = "calendar-show", description = "查看某年的节假日与调休上班日 Show a year's holidays and adjusted working days")
@Service
public class CalendarShowCommand implements Action {

    @Reference
    WorkingCalendar calendar;

    @Argument(index = 0, name = "year", required = true, description = "年份 Year")
    int year;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("日期 Date");
        table.column("类型 Kind");
        table.column("名称 Name");
        for (CalendarDay d : calendar.year(year)) {
            table.addRow().addContent(d.date(), d.kind() == CalendarDay.Kind.HOLIDAY ? "放假 HOLIDAY" : "上班 WORKDAY",
                    d.name() == null ? "" : d.name());
        }
        table.print(System.out);
        return null;
    }
}
