package org.esip.shell.internal;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.esip.core.api.Actor;
import org.esip.core.api.EsipException;
import org.esip.core.api.Role;
import org.esip.identity.api.AccountService;

/**
 * Signs a console user in with a platform account (same password, same lock-out as the REST API);
 * only an account with role ADMIN may use the console.
 */
public class PlatformLoginModule implements LoginModule {
    /** The Karaf roles of the administrators' group: console, bundles, SSH. */
    static final List<String> CONSOLE_ROLES = List.of("admin", "manager", "viewer", "systembundles", "ssh");

    private Subject subject;
    private CallbackHandler callbacks;
    private String username;
    private final List<Principal> principals = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("用户名 Username: ");
        PasswordCallback password = new PasswordCallback("密码 Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("cannot ask for credentials: " + e.getMessage());
        }
        AccountService accounts = PlatformConsoleRealm.accounts();
        if (accounts == null) {
            throw new LoginException("平台账号服务尚未就绪 The platform's accounts are not available yet");
        }
        char[] secret = password.getPassword();
        password.clearPassword();
        Actor actor;
        try {
            actor = accounts.authenticate(name.getName(), secret == null ? null : new String(secret), "console");
        } catch (EsipException e) {
            throw new FailedLoginException(e.getMessage());
        }
        if (!actor.has(Role.ADMIN)) {
            throw new FailedLoginException("控制台仅供管理员使用 The console is for administrators only");
        }
        username = actor.username();
        return true;
    }

    @Override
    public boolean commit() {
        if (username == null) {
            return false;
        }
        principals.add(new UserPrincipal(username));
        CONSOLE_ROLES.forEach(role -> principals.add(new RolePrincipal(role)));
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        username = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        username = null;
        return true;
    }
}
