package org.esip.notification.api;

/**
 * Who a notification is for: every user of an enterprise, or one account.
 *
 * @param enterpriseId the enterprise, or {@code null}
 * @param username     the account, or {@code null}
 */
public record Recipient(Long enterpriseId, String username) {
    public static Recipient enterprise(long id) {
        return new Recipient(id, null);
    }

    public static Recipient account(String username) {
        return new Recipient(null, username);
    }
}
