package mentorbot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import mentorbot.config.Settings;
import mentorbot.config.SettingsException;
import mentorbot.config.SettingsLoader;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.platform.console.AskRunner;
import mentorbot.platform.slack.SlackManifest;
import mentorbot.qa.KnowledgeSearch;
import mentorbot.qa.MiniLmEncoder;
import mentorbot.qa.QaVocabulary;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.tips.SqlSubscriptionStore;
import mentorbot.store.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: run the bot (default), {@code ask} one-shot answers, {@code check} the files,
 * {@code manifest} the Slack app manifest.
 */
@Command(name = "mentor-bot", mixinStandardHelpOptions = true,
        description = "Mentors people growing into AI developer and AI engineer roles, on Slack, Discord or the console.",
        subcommands = {Main.Ask.class, Main.Check.class, Main.Manifest.class, Main.InsightsCli.class})
public final class Main implements Callable<Integer> {

    /** Exit code for configuration or knowledge errors, and for a platform that cannot start. */
    static final int CONFIG_ERROR = 1;
    /** Exit code when the tips database cannot be used (read-only, full, corrupt, locked, newer schema); 2 is picocli's usage error. */
    static final int STORAGE_ERROR = 3;
    /** Exit code when a chat platform failed for good while running (a rejected or revoked token). */
    static final int PLATFORM_FAILED = 4;

    private final Map<String, String> env;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    Main(Map<String, String> env, BufferedReader in, PrintStream out, PrintStream err) {
        this.env = env;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.getenv(), in, out, System.err));
    }

    /** Runs the command line with the given environment and streams; returns the exit code. */
    static int run(String[] args, Map<String, String> env, BufferedReader in, PrintStream out, PrintStream err) {
        Main main = new Main(env, in, out, err);
        CommandLine cli = new CommandLine(main, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == Ask.class) return cls.cast(new Ask(main));
                if (cls == Check.class) return cls.cast(new Check(main));
                if (cls == Manifest.class) return cls.cast(new Manifest(main));
                if (cls == InsightsCli.class) return cls.cast(new InsightsCli(main));
                return CommandLine.defaultFactory().create(cls);
            }
        });
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Runs every configured platform, or the console when none is. */
    @Override
    public Integer call() throws IOException {
        CountDownLatch closed = new CountDownLatch(1);
        // Completed by SIGTERM (0) or by a platform failing for good; the first one wins.
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        try (Application app = open(true, exitCode::complete)) {
            if (app == null) {
                return CONFIG_ERROR;
            }
            try {
                app.startBackground();
            } catch (StorageException e) {
                err.println("mentor-bot cannot start: " + e.getMessage());
                return STORAGE_ERROR;
            }
            if (!app.hasPlatforms()) {
                app.runConsole(in, out, env.getOrDefault("USER", "console-user"));
                return 0;
            }
            try {
                app.startPlatforms();
            } catch (RuntimeException e) {
                // Platforms fail fast with an operator-readable reason (rejected token, port in use…).
                err.println("mentor-bot cannot start: " + e.getMessage());
                return CONFIG_ERROR;
            }
            out.println("mentor-bot is running. Stop it with Ctrl+C or SIGTERM.");
            return awaitShutdown(closed, exitCode);
        } finally {
            closed.countDown();
        }
    }

    /**
     * Blocks until the JVM is asked to stop (0) or a platform fails for good (its exit code). The
     * shutdown hook waits, bounded, until the caller's try-with-resources has closed platforms, tips
     * and the database; after a fatal error that closing runs first, then {@link #main} exits.
     */
    private static int awaitShutdown(CountDownLatch closed, CompletableFuture<Integer> exitCode) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            exitCode.complete(0);
            try {
                closed.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown"));
        try {
            return exitCode.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // never completed exceptionally
        }
    }

    /**
     * The application, or null after printing why it cannot start.
     *
     * @param exit asked to end the process when a platform fails for good (see {@link Application#open})
     */
    Application open(boolean loadModelNow, IntConsumer exit) throws IOException {
        try {
            return Application.open(new SettingsLoader().load(env), out, loadModelNow, exit);
        } catch (SettingsException | KnowledgeException e) {
            err.println("mentor-bot cannot start: " + e.getMessage());
            return null;
        }
    }

    @Command(name = "ask", description = "Answer TEXT (a /command or a question) and exit; without TEXT, answer each line of standard input.")
    static final class Ask implements Callable<Integer> {
        private final Main main;

        @Option(names = "--json", description = "One JSON object per answer: input, matched, title, text.")
        boolean json;

        @Option(names = "--user", paramLabel = "ID", description = "User id; inputs of one user share context (default: ${DEFAULT-VALUE}).")
        String user = "ask-user";

        @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The input; several words are joined with spaces.")
        List<String> text = List.of();

        Ask(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() throws IOException {
            // A slash command other than /mentor needs no sentence model: it is then loaded only if asked for.
            String joined = String.join(" ", text).strip().toLowerCase(java.util.Locale.ROOT);
            boolean question = text.isEmpty() || !joined.startsWith("/") || joined.startsWith("/mentor");
            try (Application app = main.open(question, code -> { })) { // no platform runs: nothing can fail
                if (app == null) {
                    return CONFIG_ERROR;
                }
                mentorbot.plan.PlanFeature plan = app.plan();
                AskRunner runner = new AskRunner(app.handler(), json, user, main.out, app.mentoring().mentoring(),
                        new AskRunner.PlanLookup(u -> plan.plans().view(u),
                                text -> plan.intent().read(text, app.core().knowledge().current()).isPresent()));
                if (text.isEmpty()) {
                    runner.answerAll(main.in);
                } else {
                    runner.answer(String.join(" ", text));
                }
                runner.flush(); // every answer recorded before exiting
                // Every input was answered (the user saw why tips were unavailable); the code tells scripts.
                return app.storageFault().isPresent() ? STORAGE_ERROR : 0;
            }
        }
    }

    @Command(name = "check", description = "Validate the configuration and knowledge files and open the tips database; print counts per kind.")
    static final class Check implements Callable<Integer> {
        private final Main main;

        Check(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            try {
                Settings settings = new SettingsLoader().load(main.env);
                Path dir = Path.of(settings.knowledge().dir());
                // Exactly what start-up builds: the model, the reading lists, the word index and the example vectors.
                KnowledgeSource source = KnowledgeSource.open(dir);
                QaVocabulary vocabulary = KnowledgeSearch.vocabulary(Path.of(settings.knowledge().qaDir()));
                KnowledgeSearch.Summary search = KnowledgeSearch.over(source, vocabulary,
                        MiniLmEncoder.onDemand()).check();
                String tips;
                // Opened as start-up opens it: created if absent, migrated, refused if it cannot be used.
                try (SqlSubscriptionStore store = SqlSubscriptionStore.open(settings)) {
                    tips = String.format("%s (schema version %d, %d subscribed channels)", store.describe(),
                            store.schemaVersion(), store.subscriptions().size());
                }
                main.out.println("Configuration OK. Knowledge in " + dir + ":");
                source.current().counts().forEach((kind, n) -> main.out.printf("  %-18s %d%n", kind, n));
                main.out.printf("  %-18s %d (%d encoded now, the rest precomputed by the build)%n", "sentence vectors",
                        search.examples(), search.encodedNow());
                main.out.printf("  %-18s %s%n", "tips database", tips);
                return 0;
            } catch (SettingsException | KnowledgeException e) {
                main.err.println("check failed: " + e.getMessage());
                return CONFIG_ERROR;
            } catch (StorageException e) {
                main.err.println("check failed: " + e.getMessage());
                return STORAGE_ERROR;
            }
        }
    }

    @Command(name = "insights", description = "What members asked that the bot declined or that was voted unhelpful, grouped with counts.")
    static final class InsightsCli implements Callable<Integer> {
        private final Main main;

        @Option(names = "--json", description = "One JSON object: days, questions, declined, unhelpful, entries.")
        boolean json;

        @Option(names = "--days", paramLabel = "N", description = "The last N days (default: ${DEFAULT-VALUE}).")
        int days = 7;

        InsightsCli(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            Settings settings;
            try {
                settings = new SettingsLoader().load(main.env);
            } catch (SettingsException e) {
                main.err.println("insights failed: " + e.getMessage());
                return CONFIG_ERROR;
            }
            int max = settings.insights().retentionDays();
            if (days < 1 || days > max) {
                main.err.println("insights: --days must be from 1 to " + max + " (insights.retentionDays), not " + days);
                return 2;
            }
            try (mentorbot.mentoring.MentoringFeature feature = mentorbot.mentoring.MentoringFeature.open(settings,
                    java.time.Clock.systemUTC(), Map.of())) {
                mentorbot.mentoring.Insights report = feature.insights().compute(days);
                main.out.print(json ? report.json() + System.lineSeparator() : report.text());
                main.out.flush();
                return 0;
            } catch (StorageException e) {
                main.err.println("insights failed: " + e.getMessage());
                return STORAGE_ERROR;
            }
        }
    }

    @Command(name = "manifest", description = "Print the Slack app manifest (YAML) for the commands the bot registers.")
    static final class Manifest implements Callable<Integer> {
        private final Main main;

        @Option(names = "--oauth-redirect-url", paramLabel = "URL", description = "For an app installed in many workspaces"
                + " (OAuth, HTTP mode): https://YOUR-HOST/slack/oauth_redirect; sets it, the request URLs on that host and"
                + " the uninstall events.")
        String redirectUrl;

        Manifest(Main main) {
            this.main = main;
        }

        @Override
        public Integer call() {
            // Only the commands' metadata: no settings, knowledge, sentence model or database.
            if (redirectUrl != null && !redirectUrl.matches("https?://[^/\\s]+/slack/oauth_redirect")) {
                main.err.println("manifest: --oauth-redirect-url must be https://YOUR-HOST/slack/oauth_redirect");
                return 2;
            }
            main.out.print(SlackManifest.yaml(Application.commandSpecs(), redirectUrl));
            main.out.flush();
            return 0;
        }
    }
}
