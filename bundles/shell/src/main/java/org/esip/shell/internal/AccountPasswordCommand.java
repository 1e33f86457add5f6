package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountService;
import org.esip.identity.api.GeneratedPasswords;

/** Resets an account's password to a generated one, shown once; its earlier tokens stop working. */
@Command(scope = "esip", name = "account-password", description = "重置账号密码（新密码随机生成并仅显示一次） Reset a password (generated, shown once)")
@Service
public class AccountPasswordCommand extends ConsoleCommand {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "用户名 Username")
    String username;

    @Override
    public Object execute() {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            out().println("不存在账号 No account " + username);
            return null;
        }
        String password = GeneratedPasswords.generate();
        accounts.resetPassword(Operator.current(), account.id(), password);
        out().println("新密码（仅显示这一次） New password (shown this once only): " + password);
        return null;
    }
}
