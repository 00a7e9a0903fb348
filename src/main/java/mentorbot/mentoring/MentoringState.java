package mentorbot.mentoring;

import java.util.function.Supplier;

/**
 * The mentoring store, opened on first use (a one-shot {@code ask} that records from the background
 * writer opens it there, not on the request thread), and the cached mentors channels.
 */
final class MentoringState implements AutoCloseable {

    private final Supplier<MentoringStore> opener;
    private final int retentionDays;
    private final MentorsChannels channels;
    private MentoringStore store; // guarded by this

    MentoringState(Supplier<MentoringStore> opener, int retentionDays) {
        this.opener = opener;
        this.retentionDays = retentionDays;
        this.channels = new MentorsChannels(this::store);
    }

    /** @throws mentorbot.store.StorageException when the database cannot be used; the next call tries again */
    synchronized MentoringStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    MentorsChannels channels() {
        return channels;
    }

    int retentionDays() {
        return retentionDays;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
