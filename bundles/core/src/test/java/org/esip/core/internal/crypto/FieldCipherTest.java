package org.esip.core.internal.crypto;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Each thread reuses its own cipher object: a refused value leaves it usable, threads never mix values. */
    @Test
    public void aRefusedValueLeavesTheCipherUsableAndThreadsKeepTheirValuesApart() throws Exception {
        FieldCipher cipher = newCipher();
        String stored = cipher.encrypt("13957712345");
        assertThrows(IllegalStateException.class, () -> newCipher().decrypt(cipher.encrypt("x")));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored.substring(0, stored.length() - 4)));
        assertEquals("13957712345", cipher.decrypt(stored));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String plain = "thread " + thread + " value " + i + " 企业联系人";
                        if (!plain.equals(cipher.decrypt(cipher.encrypt(plain)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
