package mentorbot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.AnswerCache;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandIntent;
import mentorbot.mentor.CommandRouter;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.ContextStore;
import mentorbot.mentor.InputSanitizer;
import mentorbot.mentor.MentorSubcommand;
import mentorbot.mentor.MentorService;
import mentorbot.mentor.PersonalData;
import mentorbot.mentor.RateLimiter;
import mentorbot.mentor.command.MentorCommand;
import mentorbot.mentor.command.TipCommand;
import mentorbot.mentor.interview.InterviewCommand;
import mentorbot.mentor.interview.InterviewQuestions;
import mentorbot.mentor.roadmap.RoadmapCommand;
import mentorbot.mentor.roadmap.RoadmapQuestions;
import mentorbot.mentor.role.RoleCommand;
import mentorbot.mentor.role.RoleQuestions;
import mentorbot.mentor.salary.SalaryCommand;
import mentorbot.mentor.salary.SalaryQuestions;
import mentorbot.mentor.topic.TopicQuestions;
import mentorbot.qa.KnowledgeSearch;
import mentorbot.qa.MiniLmEncoder;
import mentorbot.qa.QaEngine;
import mentorbot.qa.QaVocabulary;

/**
 * The platform-neutral core, wired by hand: knowledge, search, commands, caches and the request
 * pipeline. Platforms receive {@link #handler()} and {@link #commands()}.
 */
public final class Core {

    private final KnowledgeSource knowledge;
    private final KnowledgeSearch search;
    private final QaEngine engine;
    private final CommandRouter router;
    private final MentorService handler;
    private final AnswerCache cache;
    private final ContextStore contexts;

    private Core(KnowledgeSource knowledge, KnowledgeSearch search, QaEngine engine, CommandRouter router,
                 MentorService handler, AnswerCache cache, ContextStore contexts) {
        this.knowledge = knowledge;
        this.search = search;
        this.engine = engine;
        this.router = router;
        this.handler = handler;
        this.cache = cache;
        this.contexts = contexts;
    }

    /** What the built-in commands are built from. */
    private record Parts(KnowledgeSearch search, QaEngine answerer, RandomGenerator random,
                         Supplier<List<CommandSpec>> specs, List<MentorSubcommand> mentorSubcommands) {
    }

    /** A built-in command: its metadata, known without building anything, and how to build it. */
    private record BuiltIn(CommandSpec spec, Function<Parts, Command> build) {
    }

    /** The built-in commands, in the order they are registered (and listed in help, on Slack and Discord). */
    private static final List<BuiltIn> BUILT_IN = List.of(
            new BuiltIn(RoleCommand.SPEC, p -> new RoleCommand()),
            new BuiltIn(RoadmapCommand.SPEC, p -> new RoadmapCommand()),
            new BuiltIn(InterviewCommand.SPEC, p -> new InterviewCommand(p.search())),
            new BuiltIn(SalaryCommand.SPEC, p -> new SalaryCommand()),
            new BuiltIn(TipCommand.SPEC, p -> new TipCommand(p.random(), p.search())),
            new BuiltIn(MentorCommand.SPEC, p -> new MentorCommand(p.answerer(), p.specs(), p.mentorSubcommands())));

    /**
     * The specs {@link #commands()} lists for a core created with {@code extraCommands}, without
     * creating it: no knowledge, index or model is loaded (for the Slack app manifest).
     */
    public static List<CommandSpec> specs(List<Command> extraCommands) {
        List<CommandSpec> specs = new ArrayList<>();
        BUILT_IN.forEach(b -> specs.add(b.spec()));
        extraCommands.forEach(c -> specs.add(c.spec()));
        return List.copyOf(specs);
    }

    /**
     * @param extraCommands commands of other features (daily tips), registered after the built-in ones
     */
    public static Core create(Settings settings, Clock clock, Ticker ticker, RandomGenerator random,
                              List<Command> extraCommands) throws KnowledgeException, IOException {
        return create(settings, clock, ticker, random, extraCommands, true);
    }

    /**
     * @param loadModelNow load the sentence model beside the rest of start-up, from its very beginning (a
     *                     bot soon gets questions); otherwise when the first question needs it (a one-shot
     *                     {@code ask "/salary senior"} never does)
     */
    public static Core create(Settings settings, Clock clock, Ticker ticker, RandomGenerator random,
                              List<Command> extraCommands, boolean loadModelNow) throws KnowledgeException, IOException {
        return create(settings, clock, ticker, random, extraCommands, List.of(), loadModelNow);
    }

    /** @param mentorSubcommands {@code /mentor WORD …} of other features (the mentoring loop's {@code ask-human}) */
    public static Core create(Settings settings, Clock clock, Ticker ticker, RandomGenerator random,
                              List<Command> extraCommands, List<MentorSubcommand> mentorSubcommands, boolean loadModelNow)
            throws KnowledgeException, IOException {
        return create(settings, clock, ticker, random, extraCommands, mentorSubcommands, List.of(), loadModelNow);
    }

    /**
     * @param intents requests in words for other features' commands ("make me a plan" runs {@code /plan}), read by the
     *                free-text engine before it answers from the knowledge
     */
    public static Core create(Settings settings, Clock clock, Ticker ticker, RandomGenerator random,
                              List<Command> extraCommands, List<MentorSubcommand> mentorSubcommands,
                              List<CommandIntent> intents, boolean loadModelNow) throws KnowledgeException, IOException {
        MiniLmEncoder encoder = loadModelNow ? MiniLmEncoder.loadingOn(task -> {
            Thread t = new Thread(task, "sentence-model-load");
            t.setDaemon(true);
            t.start();
        }) : MiniLmEncoder.onDemand();
        KnowledgeSource knowledge = KnowledgeSource.open(Path.of(settings.knowledge().dir()));
        QaVocabulary vocabulary = KnowledgeSearch.vocabulary(Path.of(settings.knowledge().qaDir()));
        KnowledgeSearch search = KnowledgeSearch.over(knowledge, vocabulary, encoder);
        // Interview first: the only question it claims by its slots is "does my experience show up in the job?",
        // which names the asker's domain and would otherwise read as a question about the role.
        QaEngine answerer = new QaEngine(search, List.of(new InterviewQuestions(), new RoleQuestions(), new SalaryQuestions(),
                new RoadmapQuestions(), new TopicQuestions()), intents);

        AtomicReference<List<CommandSpec>> specs = new AtomicReference<>(List.of());
        Parts parts = new Parts(search, answerer, random, specs::get, mentorSubcommands);
        List<Command> commands = new ArrayList<>();
        for (BuiltIn builtIn : BUILT_IN) {
            Command command = builtIn.build().apply(parts);
            if (!command.spec().equals(builtIn.spec())) {
                throw new IllegalStateException("/" + builtIn.spec().name() + " built a command declaring /"
                        + command.spec().name());
            }
            commands.add(command);
        }
        commands.addAll(extraCommands);
        CommandRouter router = new CommandRouter(commands);
        specs.set(router.specs());

        AnswerCache cache = new AnswerCache(settings.cache().maxEntries(), settings.cache().ttl(), ticker);
        ContextStore contexts = new ContextStore(settings.context().maxUsers(), settings.context().ttl(), ticker);
        RateLimiter limiter = new RateLimiter(settings.rateLimit().burst(), settings.rateLimit().perMinute(),
                settings.context().maxUsers(), clock);
        knowledge.onReload(kb -> cache.clear());
        MentorService handler = new MentorService(knowledge, router, answerer, cache, contexts, limiter,
                new InputSanitizer(settings.input().maxLength()));
        return new Core(knowledge, search, answerer, router, handler, cache, contexts);
    }

    /** The free-text engine (for diagnostics; requests go through {@link #handler()}). */
    public QaEngine engine() {
        return engine;
    }

    public MentorService handler() {
        return handler;
    }

    public List<CommandSpec> commands() {
        return router.specs();
    }

    public KnowledgeSource knowledge() {
        return knowledge;
    }

    public KnowledgeSearch search() {
        return search;
    }

    public AnswerCache cache() {
        return cache;
    }

    public ContextStore contexts() {
        return contexts;
    }

    /**
     * What the core keeps about a person, for {@code /mentor forget me}: their conversation context and their cached
     * answers (both in memory only). Rate-limit buckets are not personal data kept for later: they expire within
     * a minute and are left, so forgetting cannot reset a limit.
     */
    public PersonalData personalData() {
        return user -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            out.put("conversation context", contexts.forget(user));
            out.put("cached answers", cache.forget(user));
            return out;
        };
    }
}
