package mentorbot.tips;

import mentorbot.store.StorageException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import mentorbot.config.Settings;
import mentorbot.store.Databases;
import mentorbot.mentor.Command;
import mentorbot.mentor.Platform;

/**
 * The daily-tips feature, wired: store, delivery, scheduler and the {@code /tips} command.
 *
 * <pre>{@code
 * DailyTips tips = DailyTips.builder(settings, TipCatalog.deferred(knowledge::get))
 *         .poster(Platform.CONSOLE, new ConsoleTipPoster(out))  // and one poster per connected platform
 *         .build();                                             // opens <dataDir>/tips.db and migrates it
 * commands.add(tips.command());                                 // register /tips
 * tips.start();                                                 // only in "run", not in "ask"/"check"
 * ...
 * tips.close();                                                 // stops ticking, closes the database
 * }</pre>
 */
public final class DailyTips implements AutoCloseable {

    private final SubscriptionStore store;
    private final TipScheduler scheduler;
    private final TipsCommand command;
    private final ScheduledExecutorService ownExecutor;
    private final Clock clock;

    private DailyTips(SubscriptionStore store, TipScheduler scheduler, TipsCommand command, ScheduledExecutorService ownExecutor,
                      Clock clock) {
        this.clock = clock;
        this.store = store;
        this.scheduler = scheduler;
        this.command = command;
        this.ownExecutor = ownExecutor;
    }

    public static Builder builder(Settings settings, TipCatalog catalog) {
        return new Builder(settings, catalog);
    }

    /** The {@code /tips} command to register with the router. */
    public Command command() {
        return command;
    }

    public TipScheduler scheduler() {
        return scheduler;
    }

    public SubscriptionStore store() {
        return store;
    }

    /**
     * Pauses every subscription of one team, recording why (the bot was removed from that workspace or server);
     * subscribing a channel again resumes it. Returns how many were paused now.
     */
    public int pauseTeam(Platform platform, String teamId, String reason) {
        int paused = 0;
        for (Subscription sub : store.subscriptions()) {
            ChannelKey channel = sub.channel();
            if (channel.platform() == platform && channel.teamId().equals(teamId) && !sub.paused()) {
                store.pause(channel, reason, clock.instant());
                paused++;
            }
        }
        return paused;
    }

    /** Starts the scheduler; its first tick posts today's missed tips (catch-up). */
    public void start() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.close();
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
            try {
                ownExecutor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        store.close();
    }

    /** A fresh id for one scheduler instance: host, process, random part. */
    static String newOwnerId() {
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        return (jvm.length() > 40 ? jvm.substring(0, 40) : jvm) + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static final class Builder {
        private final Settings settings;
        private final TipCatalog catalog;
        private final Map<Platform, TipPoster> posters = new EnumMap<>(Platform.class);
        private final Map<Platform, TipPace> paces = new EnumMap<>(Platform.class);
        private SubscriptionStore store;
        private Databases databases;
        private boolean shared;
        private TaskTimer timer;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = RandomGenerator.getDefault();
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private Duration maxSleep = Duration.ofSeconds(60);
        private Duration staleAfter = Duration.ofMinutes(30);
        private String owner = newOwnerId();
        private StorageFaults faults = new StorageFaults();
        private TipEvents events = new TipEvents() {
            @Override
            public void posted(Platform platform) {
            }

            @Override
            public void retried(Platform platform) {
            }

            @Override
            public void failed(Platform platform) {
            }
        };

        private Builder(Settings settings, TipCatalog catalog) {
            this.settings = Objects.requireNonNull(settings);
            this.catalog = Objects.requireNonNull(catalog);
        }

        /**
         * The executor ticks and deliveries run on (blocking HTTP included: give it a few threads); the
         * caller shuts it down. Without one, DailyTips makes a small daemon pool of its own and shuts
         * it down in {@link DailyTips#close()}.
         */
        public Builder executor(ScheduledExecutorService executor) {
            this.timer = TaskTimer.of(executor);
            return this;
        }

        public Builder timer(TaskTimer timer) {
            this.timer = timer;
            return this;
        }

        public Builder poster(Platform platform, TipPoster poster) {
            posters.put(platform, poster);
            return this;
        }

        public Builder pace(Platform platform, TipPace pace) {
            paces.put(platform, pace);
            return this;
        }

        /** Defaults to one opened on {@link #databases} when built. */
        public Builder store(SubscriptionStore store) {
            this.store = store;
            return this;
        }

        /**
         * Where the default store is opened (default: the settings' database, PostgreSQL or {@code <dataDir>/tips.db});
         * a shared one makes the scheduler {@linkplain #shared share} the ledger with other replicas.
         */
        public Builder databases(Databases databases) {
            this.databases = databases;
            this.shared = databases.shared();
            return this;
        }

        /**
         * Other replicas post from the same ledger: each tick renews this scheduler's claims and takes over, after
         * {@link #maxSleep} (one tick), those of a replica that stopped (default: alone, after {@link #staleAfter}).
         */
        public Builder shared(boolean shared) {
            this.shared = shared;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        /** Longest time between two ticks (default 60 s). */
        public Builder maxSleep(Duration maxSleep) {
            this.maxSleep = maxSleep;
            return this;
        }

        /** How long a claimed, unsent day may sit before another scheduler takes it over (default 30 min). */
        public Builder staleAfter(Duration staleAfter) {
            this.staleAfter = staleAfter;
            return this;
        }

        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Where {@code /tips} reports a database it cannot use (default: a fresh one). */
        public Builder faults(StorageFaults faults) {
            this.faults = faults;
            return this;
        }

        /** Told how each tip's attempts ended (default: nobody). */
        public Builder events(TipEvents events) {
            this.events = Objects.requireNonNull(events);
            return this;
        }

        /** @throws StorageException when the default store cannot be opened */
        public DailyTips build() {
            SubscriptionStore s = store != null ? store
                    : SqlSubscriptionStore.open((databases != null ? databases : Databases.of(settings)).open());
            ScheduledExecutorService own = null;
            if (timer == null) {
                own = Executors.newScheduledThreadPool(2, r -> {
                    Thread t = new Thread(r, "daily-tips");
                    t.setDaemon(true);
                    return t;
                });
                timer = TaskTimer.of(own);
            }
            // A pace set on the builder wins over the one the platform's poster gives.
            posters.forEach((platform, poster) -> paces.putIfAbsent(platform, poster.pace()));
            TipDelivery delivery = new TipDelivery(s, catalog, posters, paces, retry, timer, clock, random, owner, events);
            TipScheduler scheduler = new TipScheduler(s, delivery, timer, clock, maxSleep, shared ? maxSleep : staleAfter, shared);
            TipsCommand command = new TipsCommand(s, clock, settings, scheduler::wake, faults);
            return new DailyTips(s, scheduler, command, own, clock);
        }
    }
}
