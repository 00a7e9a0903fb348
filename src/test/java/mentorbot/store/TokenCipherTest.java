package mentorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private final TokenCipher cipher = new TokenCipher(KEY, new SecureRandom());

    @Test
    void aSealedTokenOpensForItsRowOnlyAndNeverShowsThePlainText() {
        String sealed = cipher.encrypt("xoxb-plain-token", "slack_installations|T1");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("xoxb"));
        assertEquals(12 + "xoxb-plain-token".length() + 16, Base64.getDecoder().decode(sealed.substring(3)).length,
                "a 96-bit nonce, the ciphertext and a 128-bit tag");
        assertEquals("xoxb-plain-token", cipher.decrypt(sealed, "slack_installations|T1"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(sealed, "slack_installations|T2"),
                "a value copied into another workspace's row does not open");
    }

    @Test
    void eachValueGetsAFreshNonce() {
        String a = cipher.encrypt("xoxb-same", "row");
        String b = cipher.encrypt("xoxb-same", "row");
        assertNotEquals(a, b);
        assertNotEquals(a.substring(3, 19), b.substring(3, 19));
    }

    @Test
    void anotherKeyOrAnAlteredValueIsRefused() {
        String sealed = cipher.encrypt("xoxb-t", "row");
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher(other, new SecureRandom()).decrypt(sealed, "row"));
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt(altered, "row"));
        assertThrows(IllegalArgumentException.class, () -> cipher.decrypt("xoxb-t", "row"), "a plain value is not accepted");
    }
}
