package mentorbot.mentoring;

import java.time.Clock;
import java.time.Duration;

/** Computes {@link Insights} for the last N days from the store (the {@code /insights} command and the CLI). */
public final class InsightsReport {

    private final MentoringState state;
    private final Clock clock;

    InsightsReport(MentoringState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    public int retentionDays() {
        return state.retentionDays();
    }

    /** @throws mentorbot.store.StorageException when the database cannot be used */
    public Insights compute(int days) {
        java.time.Instant since = clock.instant().minus(Duration.ofDays(days));
        MentoringStore store = state.store();
        return Insights.of(days, store.questionsSince(since), store.votesSince(since));
    }
}
