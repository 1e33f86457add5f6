package org.esip.registry.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** GB 32100-2015 check character of the unified social credit code (clause 4.4.2: the enterprise database). */
public class UnifiedSocialCreditCodeTest {

    /** Codes published on the national enterprise credit information system for well-known companies. */
    private static final String[] REAL_CODES = {
        "91330100799655058B", // 阿里巴巴（中国）有限公司
        "9144030071526726XG", // 深圳市腾讯计算机系统有限公司
        "914403001922038216", // 华为技术有限公司
        "91110000100017643K", // 中国石油化工股份有限公司
    };

    @Test
    public void realCodesAreValid_4_4_2() {
        for (String code : REAL_CODES) {
            assertNull(code, UnifiedSocialCreditCode.defectOf(code));
            assertTrue(code, UnifiedSocialCreditCode.isValid(code));
        }
    }

    @Test
    public void everySingleCharacterAlterationOfARealCodeIsDetected() {
        for (String code : REAL_CODES) {
            for (int i = 0; i < 18; i++) {
                for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                    if (c == code.charAt(i)) {
                        continue;
                    }
                    String altered = code.substring(0, i) + c + code.substring(i + 1);
                    assertFalse(altered, UnifiedSocialCreditCode.isValid(altered));
                }
            }
        }
    }

    @Test
    public void adjacentTranspositionsAreDetected() {
        String code = REAL_CODES[0];
        for (int i = 0; i < 16; i++) {
            if (code.charAt(i) == code.charAt(i + 1)) {
                continue;
            }
            String swapped = code.substring(0, i) + code.charAt(i + 1) + code.charAt(i) + code.substring(i + 2);
            assertFalse(swapped, UnifiedSocialCreditCode.isValid(swapped));
        }
    }

    @Test
    public void defectsAreNamed() {
        assertEquals(UnifiedSocialCreditCode.Defect.LENGTH, UnifiedSocialCreditCode.defectOf("91330100799655058"));
        assertEquals(UnifiedSocialCreditCode.Defect.LENGTH, UnifiedSocialCreditCode.defectOf(null));
        assertEquals(UnifiedSocialCreditCode.Defect.CHARACTER, UnifiedSocialCreditCode.defectOf("91330100799655058I"));
        assertEquals(UnifiedSocialCreditCode.Defect.REGION, UnifiedSocialCreditCode.defectOf("913A0100799655058B"));
        assertEquals(UnifiedSocialCreditCode.Defect.CHECK_CHARACTER,
                UnifiedSocialCreditCode.defectOf("91330100799655058C"));
    }

    @Test
    public void lowerCaseAndSurroundingSpaceAreAccepted() {
        assertTrue(UnifiedSocialCreditCode.isValid("  91330100799655058b "));
    }

    @Test
    public void checkCharacterZeroWhenSumIsAMultipleOf31() {
        // The check value is 31 - (sum mod 31), and 31 maps to '0'.
        String completed = UnifiedSocialCreditCode.withCheckCharacter("91440300192203821");
        assertEquals('6', completed.charAt(17));
        for (String first17 : new String[] {"00000000000000000", "10000000000000000"}) {
            String code = UnifiedSocialCreditCode.withCheckCharacter(first17);
            assertTrue(code, UnifiedSocialCreditCode.isValid(code));
        }
        assertEquals('0', UnifiedSocialCreditCode.checkCharacter("00000000000000000"));
    }
}
