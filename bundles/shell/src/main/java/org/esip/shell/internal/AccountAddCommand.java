package org.esip.shell.internal;

import java.util.Set;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.core.api.Role;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountRegistration;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.GeneratedPasswords;

/** Opens an account with a generated initial password, shown once. */
@Command(scope = "esip", name = "account-add", description = "新建账号（初始密码随机生成并仅显示一次） Open an account (initial password generated and shown once)")
@Service
public class AccountAddCommand extends ConsoleCommand {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "用户名 Username")
    String username;

    @Argument(index = 1, name = "role", required = true, description = "角色 Role: ADMIN STAFF AUDITOR ENTERPRISE ORGANISATION EXPERT")
    Role role;

    @Option(name = "-n", aliases = "--name", description = "姓名 Display name")
    String displayName;

    @Option(name = "-e", aliases = "--enterprise", description = "所属企业 ID Enterprise id (role ENTERPRISE)")
    Long enterpriseId;

    @Option(name = "-o", aliases = "--organisation", description = "所属服务机构 ID Organisation id (role ORGANISATION)")
    Long organisationId;

    @Option(name = "-x", aliases = "--expert", description = "专家 ID Expert id (role EXPERT)")
    Long expertId;

    @Option(name = "-s", aliases = "--staff", description = "对应工作人员 ID Staff record id (role STAFF or ADMIN): signs for tickets assigned to that member")
    Long staffId;

    @Override
    public Object execute() {
        String password = GeneratedPasswords.generate();
        Account a = accounts.create(Operator.current(), new AccountRegistration(username, displayName, password,
                Set.of(role), enterpriseId, organisationId, expertId, staffId));
        out().println("已创建账号 Created account " + a.username() + " (ID " + a.id() + ")");
        out().println("初始密码（仅显示这一次） Initial password (shown this once only): " + password);
        return null;
    }
}
