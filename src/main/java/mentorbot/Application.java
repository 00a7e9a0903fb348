package mentorbot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.KnowledgeWatcher;
import mentorbot.mentor.Platform;
import mentorbot.platform.ChatPlatform;
import mentorbot.platform.FatalErrorPolicy;
import mentorbot.platform.Health;
import mentorbot.platform.HttpEndpoint;
import mentorbot.platform.Probes;
import mentorbot.platform.Readiness;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.ChatPlatforms;
import mentorbot.platform.console.ConsoleChat;
import mentorbot.platform.console.ConsoleTipPoster;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.plan.PlanFeature;
import mentorbot.platform.console.ConsoleMentorPort;
import mentorbot.tips.DailyTips;
import mentorbot.tips.TaskTimer;
import mentorbot.store.StorageException;
import mentorbot.store.Databases;
import mentorbot.mentoring.MentoringStore;
import mentorbot.plan.PlanStore;
import java.security.SecureRandom;
import mentorbot.tips.StorageFaults;
import mentorbot.tips.TipCatalog;
import mentorbot.tips.TipsCommand;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Reply;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: the core, daily tips, the knowledge watcher and every configured platform,
 * started in order and closed in reverse.
 */
final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final Settings settings;
    private final List<ChatPlatform> platforms;
    private final Health health;
    private final Core core;
    private final DailyTips.Builder tipsBuilder;
    private final StorageFaults storageFaults;
    private DailyTips tips; // opened on first use: a one-shot ask that never touches /tips skips the database
    private final List<AutoCloseable> running = new ArrayList<>();
    private final MentoringFeature mentoring;
    private final PlanFeature plan;
    private final Observability observability;

    private Application(Settings settings, List<ChatPlatform> platforms, Health health, Core core,
                        DailyTips.Builder tipsBuilder, StorageFaults storageFaults, MentoringFeature mentoring, PlanFeature plan,
                        Observability observability) {
        this.observability = observability;
        this.mentoring = mentoring;
        this.plan = plan;
        this.settings = settings;
        this.platforms = platforms;
        this.health = health;
        this.core = core;
        this.tipsBuilder = tipsBuilder;
        this.storageFaults = storageFaults;
    }

    /**
     * Builds the core, and daily tips to open on first use (tips posts to the console print on {@code out}).
     *
     * @param loadModelNow see {@link Core#create(Settings, Clock, Ticker, RandomGenerator, List, boolean)}
     * @param exit         asked to end the process with {@link Main#PLATFORM_FAILED} when a platform fails for
     *                     good and {@code platform.onFatal} is {@code exit}; must return at once
     */
    static Application open(Settings settings, PrintStream out, boolean loadModelNow, IntConsumer exit)
            throws KnowledgeException, IOException {
        AtomicReference<KnowledgeSource> knowledge = new AtomicReference<>();
        AtomicReference<Application> app = new AtomicReference<>();
        Clock clock = Clock.systemUTC();
        Observability observability = new Observability();
        // one PostgreSQL pool for every store, or the SQLite file; each store's failures counted in the metrics
        Databases databases = Databases.of(settings, observability.storeErrors());
        List<ChatPlatform> platforms = ChatPlatforms.configured(settings, clock,
                new FatalErrorPolicy(settings.platform().onFatal(), Main.PLATFORM_FAILED, exit),
                () -> app.get().tips().store().subscriptions(), // read on use: platforms start after open()
                owner -> app.get().plan().plans().view(owner),
                (platform, team, reason) -> app.get().tips().pauseTeam(platform, team, reason), databases);
        Health health = new Health(platforms.stream().map(ChatPlatform::health).toList(),
                settings.platform().reconnectGrace(), clock);
        StorageFaults faults = new StorageFaults();
        DailyTips.Builder tips = DailyTips.builder(settings, TipCatalog.deferred(knowledge::get))
                .databases(databases)
                .faults(faults)
                .events(observability.tipEvents())
                .poster(Platform.CONSOLE, new ConsoleTipPoster(out));
        for (ChatPlatform platform : platforms) {
            tips.poster(platform.id(), platform.tipPoster());
        }
        // The console is its own mentors channel; each platform posts cards, edits and DMs through its own port.
        Map<Platform, MentorPort> ports = new java.util.EnumMap<>(Platform.class);
        ports.put(Platform.CONSOLE, new ConsoleMentorPort(out));
        for (ChatPlatform platform : platforms) {
            ports.put(platform.id(), platform.mentorPort());
        }
        MentoringFeature mentoring = MentoringFeature.open(settings, clock, new SecureRandom(), ports,
                () -> MentoringStore.open(databases.open()));
        PlanFeature plan = PlanFeature.open(settings, clock, ports, () -> knowledge.get().current(),
                () -> PlanStore.open(databases.open()));
        List<Command> extra = new ArrayList<>(featureCommands(() -> app.get().tips(), faults));
        extra.addAll(mentoring.commands());
        extra.add(plan.command());
        Core core;
        try {
            core = Core.create(settings, clock, Ticker.systemTicker(), RandomGenerator.getDefault(), extra,
                    mentoring.mentorSubcommands(), List.of(plan.intent()), loadModelNow);
        } catch (KnowledgeException | IOException | RuntimeException e) {
            mentoring.close();
            plan.close();
            throw e;
        }
        knowledge.set(core.knowledge());
        mentoring.forgetAlso(core.personalData()); // /mentor forget me clears the person's context and cached answers too
        mentoring.forgetAlso(plan.personalData()); // and their learning plan
        mentoring.mentoring().register(plan.clicks()); // the plan's buttons are routed with the mentoring loop's
        app.set(new Application(settings, platforms, health, core, tips, faults, mentoring, plan, observability));
        return app.get();
    }

    /**
     * The commands of other features, registered after the core's: daily tips, built on first use.
     * When the database cannot be opened the user is told why, and the next {@code /tips} tries again.
     */
    private static List<Command> featureCommands(Supplier<DailyTips> tips, StorageFaults faults) {
        return List.of(new OnFirstUse(TipsCommand.SPEC, () -> {
            try {
                return tips.get().command();
            } catch (StorageException e) {
                return new Unavailable(TipsCommand.SPEC, faults.report(e));
            }
        }));
    }

    /**
     * The specs of every command {@link #open} registers, in order, known without opening anything:
     * no settings, knowledge, model or database (for {@code mentor-bot manifest}).
     */
    static List<CommandSpec> commandSpecs() {
        List<CommandSpec> specs = new ArrayList<>(Core.specs(featureCommands(() -> {
            throw new IllegalStateException("commands listed for their specs are not run");
        }, new StorageFaults())));
        specs.addAll(MentoringFeature.specs());
        specs.add(PlanFeature.spec());
        return List.copyOf(specs);
    }

    private synchronized DailyTips tips() {
        if (tips == null) {
            tips = tipsBuilder.build();
        }
        return tips;
    }

    /** A command whose implementation is built when it is first run; its metadata is known before. */
    private record OnFirstUse(CommandSpec spec, Supplier<Command> target) implements Command {
        @Override
        public boolean cacheable() {
            return false;
        }

        @Override
        public Answer execute(Invocation invocation) {
            return target.get().execute(invocation);
        }
    }

    /** A command that could not be built: it answers with why. */
    private record Unavailable(CommandSpec spec, Reply reply) implements Command {
        @Override
        public boolean cacheable() {
            return false;
        }

        @Override
        public Answer execute(Invocation invocation) {
            return Answer.of(reply);
        }
    }

    Core core() {
        return core;
    }

    /** The core's request handler, counted in the metrics once the bot runs: what every surface hands requests to. */
    RequestHandler handler() {
        return observability.handler(core.handler());
    }

    /** The mentoring loop: what platforms call after an answer and on a mentoring button. */
    MentoringFeature mentoring() {
        return mentoring;
    }

    /** The learning plan: its plans as data ({@code ask --json} shows them). */
    PlanFeature plan() {
        return plan;
    }

    /** The first tips-database fault a user met, if any ({@code ask} exits with its own code then). */
    Optional<StorageException> storageFault() {
        return storageFaults.first();
    }

    /**
     * Starts the metrics, watches the knowledge files and starts the daily-tip scheduler.
     *
     * @throws StorageException when the tips database cannot be used
     */
    void startBackground() throws IOException {
        observability.start(core, mentoring);
        if (settings.knowledge().watch()) {
            running.add(KnowledgeWatcher.start(core.knowledge()));
        }
        core.search().warm();
        tips().start();
        try {
            mentoring.warm();
        } catch (StorageException e) {
            log.error("Mentoring unavailable: {}", e.getMessage());
        }
        ScheduledExecutorService reminders = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mentor-reminders");
            t.setDaemon(true);
            return t;
        });
        running.add(reminders::shutdownNow);
        mentoring.startReminders(TaskTimer.of(reminders));
        ScheduledExecutorService nudges = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plan-nudges");
            t.setDaemon(true);
            return t;
        });
        running.add(nudges::shutdownNow);
        plan.startNudges(TaskTimer.of(nudges));
        log.info("Knowledge loaded: {}", core.knowledge().current().counts());
    }

    /** Whether any chat platform is configured; without one the bot runs as a console chat. */
    boolean hasPlatforms() {
        return !platforms.isEmpty();
    }

    /**
     * Connects every configured platform, and serves the probes and {@code /metrics} when a port is set and none
     * serves them already.
     */
    void startPlatforms() throws IOException {
        List<Readiness.Check> checks = new ArrayList<>(List.of(
                new Readiness.Check("knowledge", () -> core.search().ready()
                        ? new Readiness.State(true, "loaded") : new Readiness.State(false, "loading")),
                new Readiness.Check("store", this::storeState)));
        platforms.forEach(p -> checks.add(Readiness.connected(p.health())));
        Probes probes = new Probes(health, new Readiness(checks), Map.of("/metrics", observability.servlet()));
        for (ChatPlatform platform : platforms) {
            running.add(platform.start(handler(), core.commands(), core.knowledge(), probes, mentoring.mentoring()));
        }
        Integer port = settings.http().port();
        if (port != null && platforms.stream().noneMatch(ChatPlatform::servesHealth)) {
            running.add(HttpEndpoint.start("0.0.0.0", port, java.util.Map.of(), probes));
        }
    }

    /** The store answers a query through its own connection (the tips store's: every store shares its database). */
    private Readiness.State storeState() {
        try {
            tips().store().ping();
            return new Readiness.State(true, "reachable");
        } catch (StorageException e) {
            return new Readiness.State(false, "unreachable");
        }
    }

    void runConsole(BufferedReader in, PrintStream out, String user) throws IOException {
        new ConsoleChat(handler(), user, mentoring.mentoring()).run(in, out);
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", running.get(i).getClass().getSimpleName(), e.toString());
            }
        }
        mentoring.close(); // writes what is recorded, closes its connection
        plan.close();
        synchronized (this) {
            if (tips != null) {
                try {
                    tips.close();
                } catch (StorageException e) {
                    log.warn("Closing the tips database failed: {}", e.getMessage());
                }
            }
        }
        log.info("Answer cache: {}", core.cache().stats());
        observability.close();
    }
}
