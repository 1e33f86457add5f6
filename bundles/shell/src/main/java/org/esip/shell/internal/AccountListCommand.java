package org.esip.shell.internal;

import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Page;
import org.esip.core.api.Role;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountService;

@Command(scope = "esip", name = "account-list", description = "列出账号 List accounts")
@Service
public class AccountListCommand extends PagedCommand {

    @Reference
    AccountService accounts;

    @Option(name = "-q", aliases = "--text", description = "用户名或姓名包含 Username or name contains")
    String text;

    @Option(name = "-r", aliases = "--role", description = "角色 Role: ADMIN STAFF AUDITOR ENTERPRISE ORGANISATION EXPERT")
    Role role;

    @Override
    public Object execute() {
        Page<Account> result = accounts.list(text, role, pageRequest());
        ConsoleTable table = new ConsoleTable();
        table.column("ID");
        table.column("用户名 Username");
        table.column("姓名 Name");
        table.column("角色 Roles");
        table.column("所属 Bound to");
        table.column("启用 Enabled");
        for (Account a : result.items()) {
            String bound = a.enterpriseId() != null ? "enterprise " + a.enterpriseId()
                    : a.organisationId() != null ? "organisation " + a.organisationId()
                    : a.expertId() != null ? "expert " + a.expertId() : "";
            table.row(a.id(), a.username(), a.displayName(),
                    String.join(",", new TreeSet<>(a.roles().stream().map(Role::name).toList())), bound,
                    a.enabled() ? "是 yes" : "否 no");
        }
        printTable(table, result);
        return null;
    }
}
