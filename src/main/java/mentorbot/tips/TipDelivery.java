package mentorbot.tips;

import mentorbot.store.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one channel's tip for one day: waits for a pace slot, claims the day in the ledger (the
 * unique (channel, local date) row is what makes it exactly-once; the claim transaction also marks
 * the first attempt, so the row is SENDING from the start), posts, records the outcome, and retries
 * 429 / 5xx / timeouts on the {@link TaskTimer} (never by sleeping). Between retries the row is
 * CLAIMED; each retry moves it back to SENDING only if this scheduler still owns it.
 *
 * <p><b>The remaining window.</b> A row is SENDING exactly while a request may be in flight. If the
 * process dies after the platform accepted the post but before {@code markSent} commits, the row
 * stays SENDING; the next start (after {@code staleAfter}) marks it FAILED ("interrupted while
 * sending") and does not send again, so a channel is never posted twice — at the price that, if the
 * crash came before the platform got the request, that day shows no tip. The window is one HTTP
 * round trip plus one small SQLite commit. Separately, a 5xx or timeout answer is retried (as the
 * issue asks); if the platform had in fact stored the message before failing, that retry doubles
 * it: neither Slack's {@code chat.postMessage} nor Discord's create-message has an idempotency key.
 */
public final class TipDelivery {

    private static final Logger log = LoggerFactory.getLogger(TipDelivery.class);

    private final SubscriptionStore store;
    private final TipCatalog catalog;
    private final Map<Platform, TipPoster> posters;
    private final PaceGate gate;
    private final RetryPolicy policy;
    private final TaskTimer timer;
    private final Clock clock;
    private final RandomGenerator random;
    private final String owner;
    private final TipEvents events;

    TipDelivery(SubscriptionStore store, TipCatalog catalog, Map<Platform, TipPoster> posters, Map<Platform, TipPace> paces,
                RetryPolicy policy, TaskTimer timer, Clock clock, RandomGenerator random, String owner, TipEvents events) {
        this.store = store;
        this.catalog = catalog;
        this.posters = Map.copyOf(posters);
        this.gate = new PaceGate(paces);
        this.policy = policy;
        this.timer = timer;
        this.clock = clock;
        this.random = random;
        this.owner = owner;
        this.events = events;
    }

    boolean canPost(Platform platform) {
        return posters.containsKey(platform);
    }

    boolean hasTips() {
        return !catalog.tips().isEmpty();
    }

    String owner() {
        return owner;
    }

    void prune() {
        gate.prune(clock.instant());
    }

    /** Claims and posts the channel's tip for {@code date} at its next pace slot; {@code done} runs when finished either way. */
    void deliver(ChannelKey channel, LocalDate date, Runnable done) {
        schedule(new Job(channel, date, null, done), Duration.ZERO);
    }

    /** Continues a claim taken over from a scheduler that stopped. */
    void resume(Claim claim, Runnable done) {
        schedule(new Job(claim.channel(), claim.date(), claim, done), Duration.ZERO);
    }

    private final class Job {
        final ChannelKey channel;
        final LocalDate date;
        final Runnable done;
        Claim claim;
        int attempts;

        Job(ChannelKey channel, LocalDate date, Claim claim, Runnable done) {
            this.channel = channel;
            this.date = date;
            this.claim = claim;
            this.done = done;
        }
    }

    /** Waits at least {@code wait}, then for the next pace slot, then runs the attempt. */
    private void schedule(Job job, Duration wait) {
        Instant now = clock.instant();
        Instant slot = gate.reserve(job.channel, now.plus(wait));
        timer.schedule(() -> run(job), Duration.between(now, slot));
    }

    private void run(Job job) {
        boolean finished = true;
        try {
            finished = attempt(job);
        } catch (StorageException e) {
            log.error("Daily tip for {} on {} not delivered: {}", job.channel, job.date, e.getMessage());
            log.debug("Daily tip delivery failed", e);
        } catch (RuntimeException e) {
            log.error("Daily tip for {} on {}: delivery stopped by an unexpected error", job.channel, job.date, e);
        } finally {
            if (finished) {
                job.done.run();
            }
        }
    }

    /** Returns true when the job is finished (sent, failed, or not ours), false when a retry is scheduled. */
    private boolean attempt(Job job) {
        TipPoster poster = posters.get(job.channel.platform());
        if (poster == null) {
            return true;
        }
        if (job.claim == null) {
            // claim and first attempt in one transaction: the row is SENDING from the start
            Optional<Claim> claim = store.claim(job.channel, job.date, catalog.ids(), owner, clock.instant(), true);
            if (claim.isEmpty()) {
                return true; // already posted or claimed elsewhere, unsubscribed, paused, or no tips
            }
            job.claim = claim.get();
        } else if (!store.beginAttempt(job.claim, clock.instant())) {
            return true; // another scheduler took the day over; it sends
        }
        Optional<Tip> tip = catalog.tip(job.claim.tipId());
        if (tip.isEmpty()) {
            store.markFailed(job.claim, "tip " + job.claim.tipId() + " no longer exists", clock.instant());
            events.failed(job.channel.platform());
            return true;
        }
        Reply reply = TipMessages.tipOfTheDay(tip.get(), catalog);
        job.attempts++;
        PostResult result;
        try {
            result = poster.post(job.channel, reply);
        } catch (RuntimeException e) {
            result = new PostResult.Transient(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant now = clock.instant();
        if (result instanceof PostResult.Ok ok) {
            store.markSent(job.claim, ok.messageId(), now);
            events.posted(job.channel.platform());
            return true;
        }
        if (result instanceof PostResult.Permanent p) {
            store.markFailed(job.claim, p.reason(), now);
            events.failed(job.channel.platform());
            if (p.channelGone()) {
                store.pause(job.channel, p.reason(), now);
                log.warn("Daily tips for {} paused: {}", job.channel, p.reason());
            } else {
                log.warn("Daily tip for {} on {} not posted: {}", job.channel, job.date, p.reason());
            }
            return true;
        }
        String detail;
        Duration wait;
        if (result instanceof PostResult.RetryAfter r) {
            wait = policy.retryAfter(r.delay());
            gate.holdTeam(job.channel, now.plus(wait));
            detail = "rate limited, retry after " + r.delay().toMillis() + " ms" + (r.detail() == null ? "" : ": " + r.detail());
        } else {
            wait = policy.backoff(job.attempts, random);
            detail = ((PostResult.Transient) result).reason();
        }
        if (job.attempts >= policy.maxAttempts()) {
            store.markFailed(job.claim, "gave up after " + job.attempts + " attempts: " + detail, now);
            events.failed(job.channel.platform());
            log.warn("Daily tip for {} on {} not posted after {} attempts: {}", job.channel, job.date, job.attempts, detail);
            return true;
        }
        store.retryLater(job.claim, detail, now);
        events.retried(job.channel.platform());
        log.info("Daily tip for {} on {}: attempt {} failed ({}), retrying in {} ms", job.channel, job.date,
                job.attempts, detail, wait.toMillis());
        schedule(job, wait);
        return false;
    }
}
