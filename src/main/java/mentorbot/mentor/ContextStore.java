package mentorbot.mentor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** Each user's recent subject, for follow-up questions; bounded in users and forgotten after a while. */
public final class ContextStore {

    private final Cache<UserKey, Subject> contexts;

    public ContextStore(int maxUsers, Duration ttl, Ticker ticker) {
        this.contexts = Caffeine.newBuilder()
                .maximumSize(maxUsers)
                .expireAfterAccess(ttl) // a conversation stays alive while the user keeps asking
                .ticker(ticker)
                .build();
    }

    public Subject get(UserKey user) {
        Subject s = contexts.getIfPresent(user);
        return s == null ? Subject.NONE : s;
    }

    /** Records what the user just asked about; parts the new subject leaves open keep their older value. */
    public void remember(UserKey user, Subject subject) {
        if (subject.isEmpty()) {
            return;
        }
        Subject old = contexts.getIfPresent(user);
        Subject merged = old == null ? subject : subject.orElse(old);
        if (!merged.equals(old)) { // a repeated question changes nothing: skip the write
            contexts.put(user, merged);
        }
    }

    /** Forgets the user's subject; returns 1 when there was one, else 0. */
    public int forget(UserKey user) {
        return contexts.asMap().remove(user) == null ? 0 : 1;
    }

    public long size() {
        contexts.cleanUp();
        return contexts.estimatedSize();
    }
}
