package org.esip.registry.api;

import java.util.Locale;

/**
 * The unified social credit code of legal persons and other organisations (统一社会信用代码),
 * GB 32100-2015: 18 characters from a 31-character alphabet (digits and upper-case letters
 * without I, O, S, V, Z); character 18 is a check character over the first 17 with weights
 * 3^(i-1) mod 31.
 */
public final class UnifiedSocialCreditCode {
    /** The code alphabet; a character's index is its value. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    /** Why a code is not valid. */
    public enum Defect {
        LENGTH, CHARACTER, REGION, CHECK_CHARACTER
    }

    private UnifiedSocialCreditCode() {
    }

    /** Upper-cases and strips white space, as people type codes in either case. */
    public static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** @return the first defect of a normalised code, or {@code null} when it is valid */
    public static Defect defectOf(String code) {
        if (code == null || code.length() != LENGTH) {
            return Defect.LENGTH;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Defect.CHARACTER;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Defect.REGION;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? null : Defect.CHECK_CHARACTER;
    }

    public static boolean isValid(String code) {
        return defectOf(normalize(code)) == null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** Completes 17 characters into a valid code (used for demo data and tests). */
    public static String withCheckCharacter(String first17) {
        return first17 + checkCharacter(first17);
    }
}
