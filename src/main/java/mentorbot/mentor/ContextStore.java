package mentorbot.mentor;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Each conversation's recent subject (a user's, or a thread's), for follow-up questions; bounded in
 * conversations and forgotten after a while.
 */
public final class ContextStore {

    private final Cache<ConversationKey, Subject> contexts;

    public ContextStore(int maxUsers, Duration ttl, Ticker ticker) {
        this.contexts = Caffeine.newBuilder()
                .maximumSize(maxUsers)
                .expireAfterAccess(ttl) // a conversation stays alive while the user keeps asking
                .ticker(ticker)
                .build();
    }

    public Subject get(ConversationKey conversation) {
        Subject s = contexts.getIfPresent(conversation);
        return s == null ? Subject.NONE : s;
    }

    /** Records what was just asked about; parts the new subject leaves open keep their older value. */
    public void remember(ConversationKey conversation, Subject subject) {
        if (subject.isEmpty()) {
            return;
        }
        Subject old = contexts.getIfPresent(conversation);
        Subject merged = old == null ? subject : subject.orElse(old);
        if (!merged.equals(old)) { // a repeated question changes nothing: skip the write
            contexts.put(conversation, merged);
        }
    }

    /** Forgets the user's private subject (threads are shared, not theirs); returns 1 when there was one, else 0. */
    public int forget(UserKey user) {
        return contexts.asMap().remove(ConversationKey.of(user)) == null ? 0 : 1;
    }

    public long size() {
        contexts.cleanUp();
        return contexts.estimatedSize();
    }
}
