package mentorbot.platform.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature ({@code v0=} HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} with the signing
 * secret), checked on the raw bytes before anything reads them. The timestamp must lie within five
 * minutes of now in <em>both</em> directions: a request "signed in the future" would otherwise stay
 * replayable for as long as its author liked.
 */
final class SlackSignatureCheck {

    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final byte[] VERSION = "v0:".getBytes(StandardCharsets.US_ASCII);
    private static final String PREFIX = "v0=";
    /** Seconds since 1970 fit in 10 digits until the year 2286; a longer one is not a Slack timestamp. */
    private static final int MAX_TIMESTAMP_DIGITS = 10;

    private final Mac prototype;
    private final Clock clock;

    SlackSignatureCheck(String signingSecret, Clock clock) {
        try {
            this.prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        this.clock = clock;
    }

    /** Whether {@code body} was signed with the secret at a time within the window around now. */
    boolean accepts(String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(PREFIX)) {
            return false;
        }
        long timestamp = seconds(timestampHeader);
        if (timestamp < 0 || Math.abs(clock.instant().getEpochSecond() - timestamp) > WINDOW.toSeconds()) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = (Mac) prototype.clone();
            mac.update(VERSION);
            mac.update(timestampHeader.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) ':');
            expected = mac.doFinal(body);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 cannot be cloned", e);
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signatureHeader, PREFIX.length(), signatureHeader.length());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    /** The header as whole seconds, or -1 when it is not a plain run of digits. */
    private static long seconds(String header) {
        if (header.isEmpty() || header.length() > MAX_TIMESTAMP_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
