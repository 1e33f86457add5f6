package org.esip.core.internal.crypto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

/** Personal data is encrypted at rest with an authenticated cipher (clause 4.4.2, C13). */
public class FieldCipherTest {
    private static FieldCipher newCipher() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new FieldCipher(new SecretKeySpec(key, "AES"));
    }

    @Test
    public void storedFormHidesThePlaintextAndDecryptsBack() {
        FieldCipher cipher = newCipher();
        String stored = cipher.encrypt("13957712345");
        assertTrue(stored.startsWith("ENC1:"));
        assertFalse(stored.contains("13957712345"));
        assertEquals("13957712345", cipher.decrypt(stored));
        assertEquals("张三 zhang@example.cn", cipher.decrypt(cipher.encrypt("张三 zhang@example.cn")));
    }

    @Test
    public void theSameValueIsStoredDifferentlyEachTime() {
        FieldCipher cipher = newCipher();
        assertNotEquals(cipher.encrypt("0577-88888888"), cipher.encrypt("0577-88888888"));
    }

    @Test
    public void anAlteredValueOrAnotherKeyIsRefusedNotMisread() {
        FieldCipher cipher = newCipher();
        String stored = cipher.encrypt("330302199001011234");
        byte[] raw = Base64.getDecoder().decode(stored.substring(5));
        raw[raw.length - 1] ^= 1;
        String altered = "ENC1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(altered));
        assertThrows(IllegalStateException.class, () -> newCipher().decrypt(stored));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("13957712345"));
    }
}
