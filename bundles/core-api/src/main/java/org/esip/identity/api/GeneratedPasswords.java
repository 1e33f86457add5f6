package org.esip.identity.api;

import java.security.SecureRandom;

/**
 * Passwords the platform makes up (the first administrator's, an account opened or reset from the console): 20
 * characters without look-alikes, always with letters and digits, from a {@link SecureRandom}.
 */
public final class GeneratedPasswords {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    public static String generate() {
        String all = LETTERS + DIGITS;
        StringBuilder p = new StringBuilder(20);
        p.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        p.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        for (int i = 2; i < 20; i++) {
            p.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        return p.toString();
    }
}
