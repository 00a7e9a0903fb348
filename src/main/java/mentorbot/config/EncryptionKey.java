package mentorbot.config;

import java.util.Arrays;
import java.util.Base64;

/** The key that encrypts secrets at rest ({@code MENTORBOT_SECRET_KEY}): 32 bytes (AES-256), written as base64. */
public final class EncryptionKey {

    /** AES-256. */
    public static final int BYTES = 32;

    private EncryptionKey() {
    }

    /**
     * The key's bytes.
     *
     * @throws IllegalArgumentException saying what is wrong (never echoing the value)
     */
    public static byte[] parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("is not set: it must be base64 of 32 random bytes (openssl rand -base64 32)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not base64: it must be base64 of 32 random bytes (openssl rand -base64 32)");
        }
        if (key.length != BYTES) {
            int length = key.length;
            Arrays.fill(key, (byte) 0);
            throw new IllegalArgumentException("decodes to " + length + " bytes, not " + BYTES
                    + ": make one with openssl rand -base64 32");
        }
        return key;
    }
}
