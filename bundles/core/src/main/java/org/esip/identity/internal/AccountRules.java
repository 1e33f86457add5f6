package org.esip.identity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Violations;
import org.esip.identity.api.AccountRegistration;
import org.passay.DictionarySubstringRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.RuleResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordList;
import org.passay.dictionary.WordListDictionary;

/** The one place where accounts and passwords are checked (clauses 4.4.2, 6.1 b). */
public final class AccountRules {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    /** Roles that act for the whole platform. */
    static final Set<Role> PLATFORM_ROLES = EnumSet.of(Role.ADMIN, Role.STAFF, Role.AUDITOR);

    private AccountRules() {
    }

    /** Lower-cases and strips a username as people type it. */
    public static String normalizeUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Validates a registration and returns it normalised.
     *
     * @throws org.esip.core.api.ValidationException naming every invalid field
     */
    public static AccountRegistration normalize(AccountRegistration in) {
        Violations v = new Violations();
        if (in == null) {
            v.add("body", "field.required").throwIfAny();
        }
        String username = normalizeUsername(in.username());
        if (username == null || username.isEmpty()) {
            v.add("username", "field.required");
        } else if (!USERNAME.matcher(username).matches()) {
            v.add("username", "account.username-format");
        }
        String displayName = in.displayName() == null || in.displayName().isBlank() ? username
                : v.requireText("displayName", in.displayName(), 100);
        checkPassword(v, "password", in.password(), username);
        Set<Role> roles = in.roles() == null ? Set.of() : in.roles();
        if (roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            v.add("roles", "account.roles-required");
        } else {
            boolean platform = roles.stream().anyMatch(PLATFORM_ROLES::contains);
            long scoped = roles.stream().filter(r -> !PLATFORM_ROLES.contains(r)).count();
            if (platform && scoped > 0 || scoped > 1) {
                v.add("roles", "account.roles-mixed");
            }
        }
        bound(v, roles, Role.ENTERPRISE, "enterpriseId", in.enterpriseId());
        bound(v, roles, Role.ORGANISATION, "organisationId", in.organisationId());
        bound(v, roles, Role.EXPERT, "expertId", in.expertId());
        // A staff record belongs to a platform account (staff, or an administrator who also serves), never to
        // an enterprise's, organisation's or expert's.
        if (in.staffId() != null && !roles.contains(Role.STAFF) && !roles.contains(Role.ADMIN)) {
            v.add("staffId", "account.binding-unexpected", Role.STAFF.name());
        }
        v.throwIfAny();
        return new AccountRegistration(username, displayName, in.password(), EnumSet.copyOf(roles),
                in.enterpriseId(), in.organisationId(), in.expertId(), in.staffId());
    }

    /** An account of a scoped role names the record it is bound to, and only such an account does. */
    private static void bound(Violations v, Set<Role> roles, Role role, String field, Long id) {
        if (roles.contains(role) && id == null) {
            v.add(field, "account.binding-required", role.name());
        } else if (!roles.contains(role) && id != null) {
            v.add(field, "account.binding-unexpected", role.name());
        }
    }

    /**
     * Checks a new password with Passay: 10 to 128 characters, not the username, with letters and digits, no
     * character five times in a row, and none of the commonest leaked passwords in it
     * ({@code common-passwords.txt}). Each refusal names the field, in Chinese and English.
     */
    static void checkPassword(Violations v, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            v.add(field, "field.required");
            return;
        }
        RuleResult result = PasswordPolicy.VALIDATOR.validate(new PasswordData(password));
        Set<String> codes = new LinkedHashSet<>();
        result.getDetails().forEach(d -> codes.add(d.getErrorCode()));
        if (codes.contains(LengthRule.ERROR_CODE_MIN) || codes.contains(LengthRule.ERROR_CODE_MAX)) {
            v.add(field, "account.password-length", PASSWORD_MIN, PASSWORD_MAX);
        } else if (password.equalsIgnoreCase(username)) {
            v.add(field, "account.password-is-username");
        } else if (codes.contains(DictionarySubstringRule.ERROR_CODE)) {
            v.add(field, "account.password-common");
        } else if (!codes.isEmpty()) {
            v.add(field, "account.password-repeated");
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            v.add(field, "account.password-weak");
        }
    }

    /** The Passay rules, built once. */
    private static final class PasswordPolicy {
        static final PasswordValidator VALIDATOR = new PasswordValidator(
                new LengthRule(PASSWORD_MIN, PASSWORD_MAX),
                new RepeatCharacterRegexRule(5),
                new DictionarySubstringRule(new WordListDictionary(commonPasswords())));

        private static WordList commonPasswords() {
            try (InputStream in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
                String[] words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"))
                        .map(w -> w.toLowerCase(Locale.ROOT)).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                        .toArray(String[]::new);
                return new ArrayWordList(words, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
