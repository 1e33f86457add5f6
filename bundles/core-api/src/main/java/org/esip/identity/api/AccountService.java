package org.esip.identity.api;

import java.util.Optional;

import org.esip.core.api.Actor;
import org.esip.core.api.Page;
import org.esip.core.api.PageRequest;
import org.esip.core.api.Role;
import org.osgi.annotation.versioning.ProviderType;

/** Accounts of staff, enterprise users, organisation users, experts, auditors and administrators. */
@ProviderType
public interface AccountService {

    /**
     * Opens an account. Passwords are kept only as slow salted hashes.
     *
     * @throws org.esip.core.api.ValidationException naming each invalid field
     * @throws org.esip.core.api.ConflictException   when the username is taken
     */
    Account create(Actor actor, AccountRegistration registration);

    /** @throws org.esip.core.api.NotFoundException when there is no such account */
    Account get(long id);

    Optional<Account> findByUsername(String username);

    /** Accounts ordered by username; {@code text} matches username or display name, {@code role} filters. */
    Page<Account> list(String text, Role role, PageRequest page);

    /** The account's owner changes its password, proving the current one. Earlier tokens stop working. */
    void changePassword(String username, String currentPassword, String newPassword);

    /** An administrator sets a new password. Earlier tokens stop working. */
    Account resetPassword(Actor actor, long id, String newPassword);

    /** Disables or enables an account; a disabled account's tokens stop working at once. */
    Account setEnabled(Actor actor, long id, boolean enabled);

    /**
     * Checks a username and password.
     *
     * @return who signed in
     * @throws org.esip.core.api.UnauthenticatedException for an unknown user, a wrong password, a disabled
     *                                                    or a temporarily locked account (same answer for the first two)
     */
    Actor authenticate(String username, String password);

    /**
     * Checks a username and password given from {@code client} (an address, or {@code console}); failures are
     * throttled per client and username, so nobody can lock another client out of an account.
     */
    default Actor authenticate(String username, String password, String client) {
        return authenticate(username, password);
    }

    /**
     * First start: creates the administrator {@code admin} with this password when the platform has no
     * administrator yet.
     *
     * @return true when it was created now
     */
    boolean createFirstAdministrator(String password);
}
