package mentorbot.mentoring;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mentorbot.mentor.UserKey;

/**
 * The pseudonymous user reference that asked questions and votes are stored under: HMAC-SHA256 of the
 * platform, team and user ids under the database's own random key. The same user always gets the same
 * reference in one database (votes stay once per user; {@code /mentor forget me} finds their rows), the
 * rows alone name nobody, and without the key a reference cannot be tried against a list of user ids.
 */
final class Pseudonyms {

    static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param key the database's key, 32 random bytes */
    Pseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a pseudonym key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * 64 hex digits for the person {@code user} names (as the core's caches and context do: a Discord user is one
     * person in every server and DM, so its key has no team). Each part is length-prefixed, so no two keys share
     * an input.
     */
    String of(UserKey user) {
        StringBuilder input = new StringBuilder();
        for (String part : new String[] {user.platform().name(), user.team(), user.user()}) {
            input.append(part.length()).append(':').append(part);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
