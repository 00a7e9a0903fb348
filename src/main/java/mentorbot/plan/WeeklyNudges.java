package mentorbot.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;
import mentorbot.mentoring.MentorPort;
import mentorbot.store.StorageException;
import mentorbot.tips.TaskTimer;
import mentorbot.tips.TickLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each learner's weekly nudge at their day and local time: the week is claimed in the ledger (one row per
 * person and ISO week, in a transaction) before the DM goes out, so a restart, a retry or a second bot on the same
 * file never nudges twice in a week; a nudge missed while the bot was down goes out once when it starts, within a
 * day. A finished plan, or one whose platform is not running here, is not nudged. Time comes from the injected
 * clock, ticks from the injected timer.
 */
public final class WeeklyNudges implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WeeklyNudges.class);

    private final Supplier<PlanStore> store;
    private final Plans plans;
    private final Supplier<KnowledgeBase> knowledge;
    private final Map<Platform, MentorPort> ports;
    private final Clock clock;
    private final Duration maxSleep;
    private final TickLoop loop;
    /** Person-and-week keys claimed (by anyone) already: the ledger is not asked again for them. */
    private final Set<String> settled = ConcurrentHashMap.newKeySet();

    WeeklyNudges(Supplier<PlanStore> store, Plans plans, Supplier<KnowledgeBase> knowledge, Map<Platform, MentorPort> ports,
                 TaskTimer timer, Clock clock, Duration maxSleep) {
        this.store = store;
        this.plans = plans;
        this.knowledge = knowledge;
        this.ports = Map.copyOf(ports);
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.loop = new TickLoop("Weekly nudges", this::runDue, timer, clock, maxSleep, log);
    }

    /** Starts ticking; the first tick runs at once (catching up a nudge missed while the bot was down). */
    public void start() {
        loop.start();
    }

    /** Plans again at once, after a nudge was set or stopped. */
    public void wake() {
        loop.wake();
    }

    /** One pass: send every nudge due now (once per person and week); returns when the next is due. */
    public Instant runDue(Instant now) {
        Instant next = now.plus(maxSleep);
        for (StoredPlan plan : store.get().nudged()) {
            Nudge nudge = plan.nudge();
            MentorPort port = ports.get(plan.owner().platform());
            Optional<NudgeSchedule.Due> due = NudgeSchedule.due(nudge, now);
            if (port != null && due.isPresent() && !settled.contains(key(plan.owner(), due.get().week()))) {
                send(plan.owner(), port, due.get().week(), now);
            }
            Instant fire = NudgeSchedule.next(nudge, now);
            if (fire.isBefore(next)) {
                next = fire;
            }
        }
        return next;
    }

    private void send(UserKey owner, MentorPort port, String week, Instant now) {
        Optional<PlanView> view = plans.view(owner);
        Optional<PlanItem> item = view.flatMap(v -> v.next().stream().findFirst());
        if (item.isEmpty()) {
            return; // a finished plan: nothing to nudge about
        }
        settled.add(key(owner, week));
        if (!store.get().claimNudge(owner, week, item.get().id(), now)) {
            return; // sent already this week (before a restart, or by another bot on the same file), or turned off
        }
        boolean sent = false;
        String failure = null;
        try {
            sent = port.directMessage(owner.team(), owner.user(), NudgeMessages.reply(knowledge.get(), view.get(), item.get(), week),
                    NudgeMessages.buttons(item.get()));
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        store.get().nudgeSent(owner, week, sent, sent ? null : failure == null ? "the platform refused the DM" : failure, clock.instant());
        if (sent) {
            log.info("Weekly nudge {} sent on {}", week, owner.platform());
        } else {
            log.warn("Weekly nudge {} on {} could not be sent; it is not tried again this week", week, owner.platform());
        }
    }

    private static String key(UserKey owner, String week) {
        return owner.platform() + "/" + owner.team() + "/" + owner.user() + "@" + week;
    }

    @Override
    public void close() {
        loop.close();
    }
}
