package mentorbot.tips;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Durable subscriptions and the post ledger. The ledger's unique (channel, local date) key is what
 * makes posting exactly-once per day across restarts, retries and several schedulers sharing one
 * database: a day is {@linkplain #claim claimed} before anything is sent.
 *
 * <p>Implementations must be safe for use from several threads.
 */
public interface SubscriptionStore extends AutoCloseable {

    /**
     * A cheap query through the store's own connection, for readiness.
     *
     * @throws mentorbot.store.StorageException when the store cannot be reached
     */
    void ping();

    /** Creates or updates the channel's subscription and clears any pause; keeps its rotation. */
    Subscription subscribe(ChannelKey channel, LocalTime time, ZoneId zone, String by, Instant now);

    /** Stops the channel's daily tip; returns false when it had none. The ledger is kept. */
    boolean unsubscribe(ChannelKey channel, Instant now);

    Optional<Subscription> find(ChannelKey channel);

    /** Every subscription that is active (paused ones included; callers skip them). */
    List<Subscription> subscriptions();

    /** Stops delivery to a channel until someone subscribes it again, recording why. */
    void pause(ChannelKey channel, String reason, Instant now);

    /** The (channel id, local date) pairs that have a ledger row on or after {@code from}. */
    Set<String> ledgerDaysSince(LocalDate from);

    /** Key of {@link #ledgerDaysSince}: {@code channelKey.id() + "@" + date}. */
    static String dayKey(ChannelKey channel, LocalDate date) {
        return channel.id() + "@" + date;
    }

    /**
     * Claims the channel's day: chooses the next tip of its rotation from {@code tipIds} and inserts
     * the ledger row, in one transaction. Empty when the day already has a row (posted, being
     * posted, or claimed by another scheduler), when the channel is not subscribed or paused, or
     * when there are no tips.
     */
    default Optional<Claim> claim(ChannelKey channel, LocalDate date, List<String> tipIds, String owner, Instant now) {
        return claim(channel, date, tipIds, owner, now, false);
    }

    /**
     * As {@link #claim(ChannelKey, LocalDate, List, String, Instant)}; with {@code sendingNow} the row
     * is inserted as SENDING with its first attempt counted (claim and {@link #beginAttempt} in one
     * transaction), for a caller that posts right after.
     */
    Optional<Claim> claim(ChannelKey channel, LocalDate date, List<String> tipIds, String owner, Instant now, boolean sendingNow);

    /**
     * Moves the claimed row to SENDING and counts the attempt, only if {@code claim.owner()} still
     * owns it and it is CLAIMED. A false return means: do not send.
     */
    boolean beginAttempt(Claim claim, Instant now);

    /** SENDING → CLAIMED after a refused or failed attempt that will be retried. */
    void retryLater(Claim claim, String detail, Instant now);

    /** The platform accepted the post. */
    void markSent(Claim claim, String messageId, Instant now);

    /** Given up for the day. */
    void markFailed(Claim claim, String reason, Instant now);

    /**
     * Rows left CLAIMED (not in flight) by a scheduler that stopped, untouched since
     * {@code staleBefore}: moves them to {@code newOwner} so they are delivered after all. A row renewed
     * meanwhile (by a live owner, in a transaction committed while this one ran) is not taken.
     */
    List<Claim> takeOverStale(String newOwner, Instant staleBefore, LocalDate fromDate, Instant now);

    /**
     * Renews the lease on every row {@code owner} holds (CLAIMED, waiting for a retry, or SENDING): their
     * {@code updated_at} becomes {@code now}, so a replica looking for a dead scheduler's claims leaves them alone.
     * Returns how many.
     */
    int renewClaims(String owner, Instant now);

    /**
     * Rows left SENDING since {@code staleBefore} (a crash during the request): the post may or may
     * not have reached the channel, so they are marked FAILED and never sent again that day.
     * Returns how many.
     */
    int abandonInterrupted(Instant staleBefore, Instant now);

    /** The channel's ledger, newest first, at most {@code limit} rows. */
    List<LedgerEntry> ledger(ChannelKey channel, int limit);

    @Override
    void close();
}
