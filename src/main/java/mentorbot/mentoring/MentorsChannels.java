package mentorbot.mentoring;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import mentorbot.mentor.Platform;

/**
 * Each team's mentors channel, read once from the store and kept in memory, so deciding whether a
 * reply offers "Ask a mentor" does no I/O; a change is written through.
 */
final class MentorsChannels {

    private final Supplier<MentoringStore> store;
    private final Map<String, MentorsChannel> byTeam = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    MentorsChannels(Supplier<MentoringStore> store) {
        this.store = store;
    }

    /** Reads every channel (start-up, off the request path); a failure leaves it to the next call. */
    synchronized void load() {
        if (!loaded) {
            store.get().mentorsChannels().forEach(c -> byTeam.put(key(c.platform(), c.teamId()), c));
            loaded = true;
        }
    }

    Optional<MentorsChannel> of(Platform platform, String teamId) {
        if (!loaded) {
            load();
        }
        return Optional.ofNullable(byTeam.get(key(platform, teamId)));
    }

    void set(MentorsChannel channel, String by, Instant now) {
        store.get().setMentorsChannel(channel, by, now);
        byTeam.put(key(channel.platform(), channel.teamId()), channel);
    }

    private static String key(Platform platform, String teamId) {
        return platform.name() + "|" + teamId;
    }
}
