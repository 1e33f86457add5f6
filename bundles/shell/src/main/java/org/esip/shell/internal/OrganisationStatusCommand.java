package org.esip.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Actor;
import org.esip.provider.api.Organisation;
import org.esip.provider.api.OrganisationService;

/** The admission commands share one shape: an organisation id and a reason (or the agreement). */
public abstract class OrganisationStatusCommand extends ConsoleCommand {

    @Reference
    OrganisationService organisations;

    @Completion(Completers.OrganisationIds.class)
    @Argument(index = 0, name = "id", required = true, description = "服务机构 ID Organisation id")
    long id;

    abstract Organisation apply(Actor actor, long version);

    @Override
    public Object execute() {
        Organisation o = apply(Operator.current(), organisations.get(id).version());
        out().println(o.name() + " → " + o.status());
        return null;
    }

    @Command(scope = "esip", name = "org-admit", description = "服务机构入驻（须协议编号与日期） Admit an organisation with its agreement")
    @Service
    public static class Admit extends OrganisationStatusCommand {
        @Argument(index = 1, name = "agreementNumber", required = true, description = "协议编号 Agreement number")
        String agreementNumber;

        @Argument(index = 2, name = "agreementDate", required = true, description = "协议日期 Agreement date, yyyy-MM-dd")
        String agreementDate;

        @Override
        Organisation apply(Actor actor, long version) {
            LocalDate date;
            try {
                date = LocalDate.parse(agreementDate.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("协议日期须为 yyyy-MM-dd，如 2026-11-25 "
                        + "The agreement date must be yyyy-MM-dd, e.g. 2026-11-25: " + agreementDate);
            }
            return organisations.admit(actor, id, version, agreementNumber, date);
        }
    }

    @Command(scope = "esip", name = "org-suspend", description = "暂停服务机构 Suspend an organisation")
    @Service
    public static class Suspend extends OrganisationStatusCommand {
        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        Organisation apply(Actor actor, long version) {
            return organisations.suspend(actor, id, version, String.join(" ", reason));
        }
    }

    @Command(scope = "esip", name = "org-reinstate", description = "恢复暂停的服务机构 Reinstate a suspended organisation")
    @Service
    public static class Reinstate extends OrganisationStatusCommand {
        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        Organisation apply(Actor actor, long version) {
            return organisations.reinstate(actor, id, version, String.join(" ", reason));
        }
    }

    @Command(scope = "esip", name = "org-exit", description = "服务机构退出（不可恢复） Exit an organisation (final)")
    @Service
    public static class Exit extends OrganisationStatusCommand {
        @Argument(index = 1, name = "reason", required = true, multiValued = true,
                description = "原因（可含空格） Reason (may contain spaces)")
        List<String> reason;

        @Override
        Organisation apply(Actor actor, long version) {
            return organisations.exit(actor, id, version, String.join(" ", reason));
        }
    }
}
