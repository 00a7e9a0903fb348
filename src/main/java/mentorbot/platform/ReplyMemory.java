package mentorbot.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import mentorbot.mentoring.Button;
import java.util.Optional;
import mentorbot.mentor.Reply;

/**
 * The replies a button may bring back, by the random key the button carries: "Share" posts the very
 * reply the user saw, once (the first click takes it); "More" shows a folded reply whole. Both are
 * bounded and expire, so a button outlives them only as a polite "expired".
 */
public final class ReplyMemory {

    /** What "More" shows: the whole reply, the key of its Share button if it had one, and its mentoring buttons. */
    public record Unfold(Reply reply, String shareKey, List<Button> feedback) {
        public Unfold {
            feedback = List.copyOf(feedback);
        }

        public Unfold(Reply reply, String shareKey) {
            this(reply, shareKey, List.of());
        }
    }

    /** A reply as first shown: folded behind "More" ({@code moreKey} not null) or whole. */
    public record Shown(Reply reply, String shareKey, String moreKey) {
    }

    /** The keys a shown reply's buttons carry: Share's (or null) and More's (null unless it folds). */
    public record Keys(String shareKey, String moreKey) {
    }

    private static final int KEY_BYTES = 12;
    /** One generator per thread: the platform default shares one lock (and /dev/urandom reads) between all. */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(ReplyMemory::generator);
    private final Cache<String, Reply> shareable;
    private final Cache<String, Unfold> folded;

    /**
     * @param shareFor how long a reply can be shared (Slack's response URL lives 30 minutes, Discord's
     *                 interaction token 15)
     */
    public ReplyMemory(Duration shareFor) {
        this.shareable = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(shareFor).build();
        this.folded = Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(Duration.ofHours(24)).build();
    }

    /**
     * The reply as it is first shown: a long one folded behind "More" (the whole kept for the
     * button), with a Share key when it may be shared.
     */
    public Shown show(Reply reply, boolean mayShare) {
        return show(reply, mayShare, List.of());
    }

    /** @param feedback the mentoring buttons shown with it, kept for "More" to show again */
    public Shown show(Reply reply, boolean mayShare, List<Button> feedback) {
        Keys keys = remember(reply, mayShare, feedback);
        return new Shown(keys.moreKey() == null ? reply : reply.folded(), keys.shareKey(), keys.moreKey());
    }

    /** What {@link #show} keeps for the buttons, without building the folded form (for a payload rendered before). */
    public Keys remember(Reply reply, boolean mayShare) {
        return remember(reply, mayShare, List.of());
    }

    /** @param feedback the mentoring buttons shown with it, kept for "More" to show again */
    public Keys remember(Reply reply, boolean mayShare, List<Button> feedback) {
        String shareKey = mayShare ? key() : null;
        if (shareKey != null) {
            shareable.put(shareKey, reply);
        }
        if (!reply.folds()) {
            return new Keys(shareKey, null);
        }
        String moreKey = key();
        folded.put(moreKey, new Unfold(reply, shareKey, feedback));
        return new Keys(shareKey, moreKey);
    }

    /** The reply to share, taken so that a second click shares nothing. */
    public Optional<Reply> takeShare(String key) {
        return Optional.ofNullable(key == null ? null : shareable.asMap().remove(key));
    }

    /** Puts back a reply whose sharing failed, so that the next click may try again. */
    public void returnShare(String key, Reply reply) {
        shareable.put(key, reply);
    }

    /** The whole of a folded reply. */
    public Optional<Unfold> unfold(String key) {
        return Optional.ofNullable(key == null ? null : folded.getIfPresent(key));
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private String key() {
        byte[] bytes = new byte[KEY_BYTES];
        random.get().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
