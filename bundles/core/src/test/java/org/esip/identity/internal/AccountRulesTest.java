package org.esip.identity.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.esip.core.api.FieldViolation;
import org.esip.core.api.Role;
import org.esip.core.api.ValidationException;
import org.esip.core.internal.i18n.Violations;
import org.esip.identity.api.AccountRegistration;
import org.junit.Assert;
import org.junit.Test;

/** Accounts and passwords (clauses 4.4.2, 6.1 b). */
public class AccountRulesTest {

    private static Set<String> fields(Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        return e.violations().stream().map(FieldViolation::field).collect(Collectors.toSet());
    }

    @Test
    public void aStaffAccountIsNormalised() {
        AccountRegistration r = AccountRules.normalize(new AccountRegistration(" Zhang.San ", null, "Abcdefgh123",
                Set.of(Role.STAFF), null, null, null));
        assertEquals("zhang.san", r.username());
        assertEquals("zhang.san", r.displayName());
    }

    @Test
    public void everyBadFieldIsNamedAtOnce() {
        assertEquals(Set.of("username", "password", "roles"), fields(() -> AccountRules.normalize(
                new AccountRegistration("a b", "x", "short", Set.of(), null, null, null))));
    }

    @Test
    public void scopedRolesNameTheirRecordAndAreNotMixedWithPlatformRoles() {
        assertEquals(Set.of("enterpriseId"), fields(() -> AccountRules.normalize(
                new AccountRegistration("qiye", null, "Abcdefgh123", Set.of(Role.ENTERPRISE), null, null, null))));
        assertEquals(Set.of("roles"), fields(() -> AccountRules.normalize(
                new AccountRegistration("qiye", null, "Abcdefgh123", Set.of(Role.ENTERPRISE, Role.STAFF), 1L, null, null))));
        assertEquals(Set.of("organisationId"), fields(() -> AccountRules.normalize(
                new AccountRegistration("staff", null, "Abcdefgh123", Set.of(Role.STAFF), null, 3L, null))));
        assertEquals(Set.of("roles"), fields(() -> AccountRules.normalize(
                new AccountRegistration("x1y", null, "Abcdefgh123", new HashSet<>(Arrays.asList((Role) null)),
                        null, null, null))));
        AccountRules.normalize(new AccountRegistration("jigou", null, "Abcdefgh123", Set.of(Role.ORGANISATION), null, 3L, null));
    }

    @Test
    public void passwordsAreLongMixedAndNotTheUsername() {
        for (String bad : List.of("abcdefghij", "1234567890", "Zhangsan99", "short1")) {
            assertTrue(bad, fields(() -> AccountRules.normalize(new AccountRegistration("zhangsan99", null, bad,
                    Set.of(Role.STAFF), null, null, null))).contains("password"));
        }
    }

    @Test
    public void hashesAreSaltedSlowAndCheckedInConstantForm() {
        PasswordHasher hasher = new PasswordHasher(100_000);
        String a = hasher.hash("Abcdefgh123");
        String b = hasher.hash("Abcdefgh123");
        assertTrue(a.startsWith("pbkdf2-sha256$100000$"));
        assertNotEquals(a, b);
        assertTrue(hasher.matches("Abcdefgh123", a));
        assertFalse(hasher.matches("Abcdefgh124", a));
        assertFalse(hasher.matches("Abcdefgh123", "plain"));
        assertFalse(hasher.matches("Abcdefgh123", "pbkdf2-sha256$x$y$z"));
        // A raised cost keeps hashes made with the old one valid.
        assertTrue(new PasswordHasher(200_000).matches("Abcdefgh123", a));
    }

    /** Weak passwords are refused with a reason in Chinese and English; sound ones pass (clause 6.1 b). */
    @Test
    public void commonAndRepeatedPasswordsAreRefusedInBothLanguages() {
        Map<String, String> refused = Map.of("password12", "account.password-common",
                "Qwerty-2026x", "account.password-common", "woaini1314x", "account.password-common",
                "aaaaaaaaa1", "account.password-repeated", "short1", "account.password-length",
                "abcdefghijk", "account.password-weak");
        refused.forEach((password, code) -> {
            Violations v = new Violations();
            AccountRules.checkPassword(v, "password", password, "zhang.san");
            Assert.assertEquals(password, 1, v.list().size());
            Assert.assertEquals(password, code, v.list().get(0).code());
            Assert.assertEquals("password", v.list().get(0).field());
            Assert.assertNotEquals(v.list().get(0).message(), v.list().get(0).messageEn());
        });
        for (String sound : new String[] {"Abcdefgh123", "Demo-Wenzhou-2026", "Itest-Admin-2026", "Lock-2026-pw"}) {
            Violations v = new Violations();
            AccountRules.checkPassword(v, "password", sound, "zhang.san");
            Assert.assertEquals(sound + " " + v.list(), 0, v.list().size());
        }
    }
}
