package org.esip.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.esip.identity.api.Account;
import org.esip.identity.api.AccountService;

/** Disables an account (its tokens stop working at once), or enables it again. */
@Command(scope = "esip", name = "account-disable", description = "停用账号（加 --enable 重新启用） Disable an account (--enable to enable it again)")
@Service
public class AccountEnableCommand extends ConsoleCommand {

    @Reference
    AccountService accounts;

    @Argument(index = 0, name = "username", required = true, description = "用户名 Username")
    String username;

    @Option(name = "--enable", description = "重新启用 Enable instead")
    boolean enable;

    @Override
    public Object execute() {
        Account account = accounts.findByUsername(username).orElse(null);
        if (account == null) {
            out().println("不存在账号 No account " + username);
            return null;
        }
        Account changed = accounts.setEnabled(Operator.current(), account.id(), enable);
        out().println((changed.enabled() ? "已启用 Enabled " : "已停用 Disabled ") + changed.username());
        return null;
    }
}
