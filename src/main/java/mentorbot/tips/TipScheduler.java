package mentorbot.tips;

import mentorbot.store.StorageException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires each subscription at its local time in its zone. One tick ({@link #runDue}) looks at every
 * running subscription: when today's local time has passed (and was after the subscription was
 * set) and today has no ledger row, the channel's delivery starts. The next tick is planned for the
 * earliest next fire time, and at least every {@code maxSleep}, so new subscriptions and clock
 * corrections are picked up.
 *
 * <p>Catch-up comes for free: after a restart the first tick finds the days whose time passed while
 * the bot was down and posts each once (the ledger key allows one row per channel and local date).
 * Only the current local day is caught up, never older ones.
 *
 * <p>Several replicas on one shared database each run a scheduler: the ledger's unique key lets one of them post
 * each day. Then every tick renews the lease on the rows this scheduler holds and takes over the rows whose owner
 * stopped renewing them for {@code staleAfter} (one tick), so a replica that dies mid-fan-out leaves no channel
 * waiting longer than that lease and the next tick. A live replica whose claim was taken after all (its tick ran
 * late) finds it no longer its own and does not send. Alone on a SQLite file, recovery runs on the first tick and
 * then every few minutes.
 */
public final class TipScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);
    private static final Duration RECOVERY_INTERVAL = Duration.ofMinutes(5);

    private final SubscriptionStore store;
    private final TipDelivery delivery;
    private final Duration maxSleep;
    private final Duration staleAfter;
    private final boolean shared;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final TickLoop loop;
    private volatile Instant lastRecovery;
    private volatile boolean warnedNoTips;
    /** Day keys known to have a ledger row (rows are never deleted), so most ticks read no ledger at all. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** @param shared whether other schedulers (replicas) use the same database: leases renewed and checked every tick */
    TipScheduler(SubscriptionStore store, TipDelivery delivery, TaskTimer timer, Clock clock,
                 Duration maxSleep, Duration staleAfter, boolean shared) {
        this.shared = shared;
        this.store = store;
        this.delivery = delivery;
        this.maxSleep = maxSleep;
        this.staleAfter = staleAfter;
        this.loop = new TickLoop("Daily tips", now -> runDue(now).next(), timer, clock, maxSleep, log);
    }

    /** Starts ticking: the first tick runs at once (the catch-up). */
    public void start() {
        loop.start();
    }

    /** Re-plans soon, for example after a subscription changed. */
    public void wake() {
        loop.wake();
    }

    @Override
    public void close() {
        loop.close();
    }

    /** How many deliveries a tick started. */
    public record Tick(int started, int resumed, int abandoned, Instant next) {
    }

    /**
     * The subscriptions from a place that depends on this replica: replicas due at the same minute then claim from
     * different channels and split the fan-out, instead of racing for the same channel at every pace slot, where
     * the one a little behind loses every claim.
     */
    private List<Subscription> startingAtOwner(List<Subscription> subs) {
        List<Subscription> order = new ArrayList<>(subs);
        if (!order.isEmpty()) {
            Collections.rotate(order, Math.floorMod(delivery.owner().hashCode(), order.size()));
        }
        return order;
    }

    /** One pass: recover abandoned rows, start every due delivery, and say when the next one is due. */
    public Tick runDue(Instant now) {
        delivery.prune();
        LocalDate utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant staleBefore = now.minus(staleAfter);
        // recovery writes to the database: alone, on the first tick, then at most every few minutes; shared, every tick
        boolean recover = shared || lastRecovery == null || !now.isBefore(lastRecovery.plus(RECOVERY_INTERVAL));
        int abandoned = 0;
        if (shared) {
            store.renewClaims(delivery.owner(), now);
        }
        if (recover) {
            lastRecovery = now;
            String oldest = utcToday.minusDays(2).toString();
            known.removeIf(k -> k.substring(k.lastIndexOf('@') + 1).compareTo(oldest) < 0);
            abandoned = store.abandonInterrupted(staleBefore, now);
            if (abandoned > 0) {
                log.warn("{} daily tip post(s) were interrupted mid-send by a stop; marked failed, not sent again", abandoned);
            }
        }
        List<Subscription> subs = store.subscriptions();
        int resumed = 0;
        List<Claim> staleClaims = recover ? store.takeOverStale(delivery.owner(), staleBefore, utcToday.minusDays(1), now) : List.of();
        for (Claim stale : staleClaims) {
            Optional<Subscription> sub = subs.stream().filter(s -> s.channel().equals(stale.channel())).findFirst();
            boolean today = sub.isPresent() && TipSchedule.localDate(now, sub.get().zone()).equals(stale.date());
            if (!today || !sub.get().running()) {
                store.markFailed(stale, "claimed by a scheduler that stopped; the day is over or the channel paused", now);
            } else if (pending.add(SubscriptionStore.dayKey(stale.channel(), stale.date()))) {
                resumed++;
                delivery.resume(stale, done(stale.channel(), stale.date()));
            }
        }
        Set<String> days = null; // read only when something is due
        Instant next = now.plus(maxSleep);
        int started = 0;
        boolean haveTips = delivery.hasTips();
        if (!haveTips && !subs.isEmpty() && !warnedNoTips) {
            log.warn("Daily tips: the knowledge model has no tips; nothing is posted until it has some");
        }
        warnedNoTips = !haveTips;
        for (Subscription sub : shared ? startingAtOwner(subs) : subs) {
            if (!haveTips || !sub.running() || !delivery.canPost(sub.channel().platform())) {
                continue;
            }
            LocalDate date = TipSchedule.localDate(now, sub.zone());
            Instant fire = TipSchedule.fireInstant(date, sub.time(), sub.zone());
            String key = SubscriptionStore.dayKey(sub.channel(), date);
            if (!fire.isAfter(now)) {
                if (!fire.isBefore(sub.effectiveFrom()) && !pending.contains(key) && !known.contains(key)) {
                    if (days == null) {
                        days = store.ledgerDaysSince(utcToday.minusDays(1));
                        known.addAll(days);
                    }
                    if (days.contains(key) || !pending.add(key)) {
                        fire = TipSchedule.firstFireAfterDate(date, sub.time(), sub.zone());
                        next = fire.isBefore(next) ? fire : next;
                        continue;
                    }
                    started++;
                    delivery.deliver(sub.channel(), date, done(sub.channel(), date));
                }
                fire = TipSchedule.firstFireAfterDate(date, sub.time(), sub.zone());
            }
            if (fire.isBefore(next)) {
                next = fire;
            }
        }
        if (started > 0 || resumed > 0) {
            log.info("Daily tips: {} due now, {} resumed", started, resumed);
        }
        return new Tick(started, resumed, abandoned, next);
    }

    private Runnable done(ChannelKey channel, LocalDate date) {
        return () -> pending.remove(SubscriptionStore.dayKey(channel, date));
    }

    /** When the channel's next tip is due: today's time if it has not posted yet, otherwise the next day's. */
    public static Instant nextPost(Subscription sub, Instant now, Optional<LedgerEntry> latest) {
        LocalDate today = TipSchedule.localDate(now, sub.zone());
        Instant fire = TipSchedule.fireInstant(today, sub.time(), sub.zone());
        boolean postedToday = latest.isPresent() && latest.get().date().equals(today);
        if (fire.isAfter(now) && !postedToday) {
            return fire;
        }
        if (!postedToday && !fire.isBefore(sub.effectiveFrom()) && !sub.paused()) {
            return now; // due now: catching up
        }
        return TipSchedule.firstFireAfterDate(today, sub.time(), sub.zone());
    }

    /** Deliveries this scheduler has started and not finished. */
    int pendingCount() {
        return pending.size();
    }
}
