package org.esip.demo.internal;

import java.util.Set;

import org.esip.core.api.Actor;
import org.esip.core.api.Role;
import org.esip.identity.api.AccountRegistration;
import org.esip.identity.api.AccountService;

/**
 * The demo data's sign-in accounts, one for each kind of user but the administrator, all with the
 * password {@link #PASSWORD} (README, "The first five minutes"). They exist only where the demo data was
 * loaded, which is only into an empty database with {@code demoData = true}; a real platform turns
 * that off before its first start and so never has them.
 */
final class DemoAccounts {
    /** The demo accounts' password, documented in README. */
    static final String PASSWORD = "Demo-Wenzhou-2026";

    private DemoAccounts() {
    }

    /**
     * @param enterpriseId   the enterprise {@code demo-enterprise} acts for
     * @param organisationId an admitted organisation for {@code demo-org}
     * @param expertId       a pooled expert for {@code demo-expert}
     */
    static void open(AccountService accounts, Actor actor, long enterpriseId, Long organisationId, Long expertId) {
        accounts.create(actor, new AccountRegistration("demo-staff", "演示工作人员 Demo staff", PASSWORD,
                Set.of(Role.STAFF), null, null, null));
        accounts.create(actor, new AccountRegistration("demo-enterprise", "演示企业用户 Demo enterprise user", PASSWORD,
                Set.of(Role.ENTERPRISE), enterpriseId, null, null));
        accounts.create(actor, new AccountRegistration("demo-auditor", "演示监督员 Demo auditor", PASSWORD,
                Set.of(Role.AUDITOR), null, null, null));
        if (organisationId != null) {
            accounts.create(actor, new AccountRegistration("demo-org", "演示服务机构用户 Demo organisation user",
                    PASSWORD, Set.of(Role.ORGANISATION), null, organisationId, null));
        }
        if (expertId != null) {
            accounts.create(actor, new AccountRegistration("demo-expert", "演示专家 Demo expert", PASSWORD,
                    Set.of(Role.EXPERT), null, null, expertId));
        }
    }
}
