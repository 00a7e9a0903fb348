package mentorbot.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the database (bot tokens) with AES-256-GCM: a fresh random 96-bit nonce per value,
 * a 128-bit tag, and the row's identity as associated data, so a value copied into another row does not decrypt.
 * Stored as {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
public final class TokenCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** @param key 32 bytes (see {@code mentorbot.config.EncryptionKey}) */
    public TokenCipher(byte[] key, SecureRandom random) {
        if (key.length != 32) {
            throw new IllegalArgumentException("an AES-256 key is 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    /** {@code plain} encrypted for the row named {@code rowId}. */
    public String encrypt(String plain, String rowId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, nonce, rowId);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The value {@link #encrypt} sealed for {@code rowId}.
     *
     * @throws IllegalArgumentException when it was sealed with another key or for another row, or was altered
     */
    public String decrypt(String sealed, String rowId) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a value this bot encrypted");
        }
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a value this bot encrypted");
        }
        if (all.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("not a value this bot encrypted");
        }
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        try {
            Cipher c = cipher(Cipher.DECRYPT_MODE, nonce, rowId);
            return new String(c.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("does not decrypt with MENTORBOT_SECRET_KEY (another key, or altered)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String rowId) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(rowId.getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
