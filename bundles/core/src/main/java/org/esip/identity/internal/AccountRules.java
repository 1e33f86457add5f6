package org.esip.identity.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.esip.core.api.Role;
import org.esip.core.internal.i18n.Violations;
import org.esip.identity.api.AccountRegistration;

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
        if (roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)) {
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
        org.passay.RuleResult result = PasswordPolicy.VALIDATOR.validate(new org.passay.PasswordData(password));
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        result.getDetails().forEach(d -> codes.add(d.getErrorCode()));
        if (codes.contains(org.passay.LengthRule.ERROR_CODE_MIN) || codes.contains(org.passay.LengthRule.ERROR_CODE_MAX)) {
            v.add(field, "account.password-length", PASSWORD_MIN, PASSWORD_MAX);
        } else if (password.equalsIgnoreCase(username)) {
            v.add(field, "account.password-is-username");
        } else if (codes.contains(org.passay.DictionarySubstringRule.ERROR_CODE)) {
            v.add(field, "account.password-common");
        } else if (!codes.isEmpty()) {
            v.add(field, "account.password-repeated");
        } else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            v.add(field, "account.password-weak");
        }
    }

    /** The Passay rules, built once. */
    private static final class PasswordPolicy {
        static final org.passay.PasswordValidator VALIDATOR = new org.passay.PasswordValidator(
                new org.passay.LengthRule(PASSWORD_MIN, PASSWORD_MAX),
                new org.passay.RepeatCharacterRegexRule(5),
                new org.passay.DictionarySubstringRule(new org.passay.dictionary.WordListDictionary(commonPasswords())));

        private static org.passay.dictionary.WordList commonPasswords() {
            try (java.io.InputStream in = AccountRules.class.getResourceAsStream("common-passwords.txt")) {
                String[] words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(w -> !w.isEmpty() && !w.startsWith("#"))
                        .map(w -> w.toLowerCase(Locale.ROOT)).distinct().sorted(String.CASE_INSENSITIVE_ORDER)
                        .toArray(String[]::new);
                return new org.passay.dictionary.ArrayWordList(words, false);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
