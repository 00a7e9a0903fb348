package mentorbot.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandIntent;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.PersonalData;
import mentorbot.mentor.Platform;
import mentorbot.mentoring.ClickFeature;
import mentorbot.mentoring.MentorPort;
import mentorbot.store.StorageException;
import mentorbot.tips.TaskTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning plan, wired: its store (opened on first use, in the bot's one SQLite file), {@code /plan}, the
 * free-text intent ("make me a plan"), its buttons (routed with the mentoring loop's), what {@code /mentor forget me}
 * deletes, and the weekly nudges.
 *
 * <pre>{@code
 * PlanFeature plan = PlanFeature.open(settings, clock, ports, () -> core.knowledge().current());
 * commands += plan.command(); intents += plan.intent();
 * mentoring.register(plan.clicks()); mentoring.forgetAlso(plan.personalData());
 * plan.startNudges(timer);     // only when the bot runs
 * plan.plans().view(user);     // the plan as data, for any surface
 * }</pre>
 */
public final class PlanFeature implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlanFeature.class);

    private final Supplier<PlanStore> opener;
    private PlanStore store; // guarded by this
    private final Plans plans;
    private final PlanCommand command;
    private final PlanClicks clicks;
    private final Supplier<KnowledgeBase> knowledge;
    private final Map<Platform, MentorPort> ports;
    private final Clock clock;
    private WeeklyNudges nudges; // guarded by this

    private PlanFeature(Supplier<PlanStore> opener, Supplier<KnowledgeBase> knowledge, Map<Platform, MentorPort> ports, Clock clock,
                        LocalTime defaultTime, ZoneId defaultZone) {
        this.opener = opener;
        this.knowledge = knowledge;
        this.ports = Map.copyOf(ports);
        this.clock = clock;
        this.plans = new Plans(this::store, knowledge, clock);
        PlanButtons buttons = new PlanButtons();
        this.command = new PlanCommand(plans, buttons, clock, defaultTime, defaultZone, this::wakeNudges);
        this.clicks = new PlanClicks(command, plans, buttons, knowledge);
    }

    /**
     * @param knowledge the current knowledge (known once the core is built; read only when a plan is used)
     */
    public static PlanFeature open(Settings settings, Clock clock, Map<Platform, MentorPort> ports, Supplier<KnowledgeBase> knowledge) {
        return open(settings, clock, ports, knowledge, () -> PlanStore.open(settings));
    }

    public static PlanFeature open(Settings settings, Clock clock, Map<Platform, MentorPort> ports, Supplier<KnowledgeBase> knowledge,
                                   Supplier<PlanStore> store) {
        LocalTime time = LocalTime.parse(settings.tips().defaultTime());
        ZoneId zone = mentorbot.tips.TimeArgs.zone(settings.tips().defaultZone()).orElse(ZoneOffset.UTC);
        return new PlanFeature(store, knowledge, ports, clock, time, zone);
    }

    /** The spec of {@code /plan}, known without opening anything (for the Slack manifest). */
    public static CommandSpec spec() {
        return PlanCommand.SPEC;
    }

    /** @throws StorageException when the database cannot be used; the next call tries again */
    private synchronized PlanStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    public Command command() {
        return command;
    }

    public CommandIntent intent() {
        return new PlanIntent();
    }

    /** Done, undo and later: to register with the mentoring loop, where platforms route its buttons. */
    public ClickFeature clicks() {
        return clicks;
    }

    /** The plans, as data: {@link Plans#view} is the neutral read any surface can show. */
    public Plans plans() {
        return plans;
    }

    /** What {@code /mentor forget me} deletes here: the person's plan, its progress and its nudge ledger. */
    public PersonalData personalData() {
        return user -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try {
                out.put("learning plan", plans.forget(user));
            } catch (StorageException e) {
                log.error("Forgetting a learning plan failed: {}", e.getMessage());
                out.put("learning plan (not deleted: " + e.kind().reason() + "; please try again)", 0);
            }
            return out;
        };
    }

    /** Starts the weekly nudges (the running bot only). */
    public synchronized WeeklyNudges startNudges(TaskTimer timer) {
        if (nudges == null) {
            nudges = nudges(timer, Duration.ofMinutes(5));
            nudges.start();
        }
        return nudges;
    }

    /** Nudges on {@code timer} without starting them (tests drive {@link WeeklyNudges#runDue}). */
    WeeklyNudges nudges(TaskTimer timer, Duration maxSleep) {
        return new WeeklyNudges(this::store, plans, knowledge, ports, timer, clock, maxSleep);
    }

    private synchronized void wakeNudges() {
        if (nudges != null) {
            nudges.wake();
        }
    }

    @Override
    public synchronized void close() {
        if (nudges != null) {
            nudges.close();
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
