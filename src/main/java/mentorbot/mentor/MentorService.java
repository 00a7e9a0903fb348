package mentorbot.mentor;

import java.time.Duration;
import java.util.Locale;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's request pipeline, the same for every platform: rate limit, clean the input, route,
 * answer through the per-user cache, remember the subject for follow-ups. It never throws: a
 * failure becomes a polite reply and a log line.
 */
public final class MentorService implements RequestHandler {

    private static final Logger log = LoggerFactory.getLogger(MentorService.class);

    private final KnowledgeSource knowledge;
    private final CommandRouter router;
    private final FreeTextAnswerer freeText;
    private final AnswerCache cache;
    private final ContextStore contexts;
    private final RateLimiter limiter;
    private final InputSanitizer sanitizer;

    public MentorService(KnowledgeSource knowledge, CommandRouter router, FreeTextAnswerer freeText,
                         AnswerCache cache, ContextStore contexts, RateLimiter limiter, InputSanitizer sanitizer) {
        this.knowledge = knowledge;
        this.router = router;
        this.freeText = freeText;
        this.cache = cache;
        this.contexts = contexts;
        this.limiter = limiter;
        this.sanitizer = sanitizer;
    }

    @Override
    public Reply handle(Request request) {
        return handle(request, null);
    }

    /** @param clean the request's text cleaned already, or null */
    private Reply handle(Request request, InputSanitizer.Clean clean) {
        try {
            // The local console is its operator's own terminal: nothing to protect it from.
            Duration wait = request.caller().rateLimited() ? limiter.acquire(request.user()) : Duration.ZERO;
            if (!wait.isZero()) {
                return Replies.slowDown(wait);
            }
            if (clean == null) {
                clean = sanitizer.clean(request.text());
            }
            Reply reply = answer(request, clean.text());
            return clean.wasCut() ? Replies.noteCut(reply, clean.cutAt()) : reply;
        } catch (RuntimeException e) {
            log.error("Request failed: platform={} command={}", request.platform(), request.command(), e);
            return Replies.internalError();
        }
    }

    @Override
    public java.util.Optional<Reply> answerFromCache(Request request) {
        String name = request.command();
        if (!name.isEmpty() && !router.find(name).map(c -> c.cacheable(request.text().strip())).orElse(false)) {
            return java.util.Optional.empty();
        }
        InputSanitizer.Clean clean = sanitizer.clean(request.text());
        if (name.isEmpty() && clean.text().isEmpty() || !cache.contains(key(request.user(), name, clean.text()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(handle(request, clean)); // cleaned once
    }

    private Reply answer(Request request, String text) {
        KnowledgeBase kb = knowledge.current();
        UserKey user = request.user();
        Subject context = contexts.get(request.conversation());
        String name = request.command();
        Answer answer;
        String cacheName;
        if (name.isEmpty()) {
            if (text.isEmpty()) {
                return Replies.emptyMessage(router.specs());
            }
            java.util.Optional<Action.Run> asked = freeText.command(text, kb).filter(run -> router.find(run.command()).isPresent());
            if (asked.isPresent()) {
                // A request in words for a command that keeps the person's state ("make me a plan"): run, never cached.
                Command command = router.find(asked.get().command()).orElseThrow();
                answer = named(command.execute(new Invocation(request, asked.get().arguments(), context, kb)));
                contexts.remember(request.conversation(), answer.subject());
                return answer.reply();
            }
            cacheName = "";
            answer = cache.get(key(user, cacheName, text), () -> freeText.answer(text, context, kb));
        } else {
            Command command = router.find(name).orElse(null);
            if (command == null) {
                return Replies.unknownCommand(name, router.specs());
            }
            Invocation inv = new Invocation(request, text, context, kb);
            // "/salary I'm a mid-level NLP engineer in NYC, what range should I expect?": a sentence is read as a question
            // about the command's subject when the command's arguments cannot hold it, or first for a command that
            // reads sentences; a sentence neither reading finds says why it is declined, not that it is no topic.
            boolean sentence = words(text) >= SENTENCE_WORDS;
            String question = name + ": " + text;
            java.util.function.Supplier<Answer> asQuestion = () -> cache.get(key(user, "", question), () -> freeText.answer(question, context, kb));
            Answer read = sentence && command.readsSentences() ? asQuestion.get() : null;
            if (read != null && read.reply().matched()) {
                answer = read;
            } else {
                answer = command.cacheable(text) ? cache.get(key(user, name, text), () -> named(command.execute(inv))) : named(command.execute(inv));
                if (!answer.reply().matched() && sentence) {
                    answer = read != null ? read : asQuestion.get();
                }
            }
        }
        contexts.remember(request.conversation(), answer.subject());
        return answer.reply();
    }

    /**
     * A command's answer naming the entry it was about (its subject's entry, else its role) when the
     * command named none itself; a decline names none.
     */
    private static Answer named(Answer answer) {
        Reply reply = answer.reply();
        String id = answer.subject().entryId() != null ? answer.subject().entryId() : answer.subject().roleId();
        if (!reply.matched() || !reply.entryIds().isEmpty() || id == null) {
            return answer;
        }
        return new Answer(reply.withEntries(java.util.List.of(id)), answer.subject(), answer.usedContext());
    }

    /** Words after a command from which on they are read as a sentence rather than as the command's arguments. */
    static final int SENTENCE_WORDS = 5;

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static AnswerCache.Key key(UserKey user, String command, String text) {
        return new AnswerCache.Key(user, command, text.toLowerCase(Locale.ROOT));
    }
}
