package mentorbot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.AnswerCache;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandRouter;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.ContextStore;
import mentorbot.mentor.InputSanitizer;
import mentorbot.mentor.MentorService;
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
        MiniLmEncoder encoder = loadModelNow ? MiniLmEncoder.loadingOn(task -> {
            Thread t = new Thread(task, "sentence-model-load");
            t.setDaemon(true);
            t.start();
        }) : MiniLmEncoder.onDemand();
        KnowledgeSource knowledge = KnowledgeSource.open(Path.of(settings.knowledge().dir()));
        QaVocabulary vocabulary = KnowledgeSearch.vocabulary(Path.of(settings.knowledge().qaDir()));
        KnowledgeSearch search = KnowledgeSearch.over(knowledge, vocabulary, encoder);
        QaEngine answerer = new QaEngine(search, List.of(new RoleQuestions(), new SalaryQuestions(),
                new RoadmapQuestions(), new InterviewQuestions(), new TopicQuestions()));

        AtomicReference<List<CommandSpec>> specs = new AtomicReference<>(List.of());
        List<Command> commands = new ArrayList<>(List.of(
                new RoleCommand(),
                new RoadmapCommand(),
                new InterviewCommand(search),
                new SalaryCommand(),
                new TipCommand(random, search),
                new MentorCommand(answerer, specs::get)));
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
}
