package mentorbot.platform.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.bolt.service.AssistantThreadContextService;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.assistant.AssistantThread;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.event.AssistantThreadStartedEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Request;
import mentorbot.platform.Dispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's assistant panel, through Bolt's {@link Assistant} middleware: a new thread gets questions to start with (from
 * the knowledge); a message there gets a status while the core answers, then one answer in the thread, whose
 * follow-ups share the thread's context. The middleware takes every message of an assistant thread (a DM message with
 * a {@code thread_ts}) before the DM listener sees it, so no message is answered twice.
 */
final class AssistantPanel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AssistantPanel.class);

    static final String STATUS = "is thinking…";
    static final String PROMPTS_TITLE = "Questions to start with";

    private final SlackHandlers handlers;
    private final SeenEvents seen;
    private final WorkspaceClients clients;
    private final Supplier<List<StarterQuestions.Starter>> starters;
    /** The middleware hands each event here, so Slack's request is acknowledged before any Web API call. */
    private final ExecutorService events = Executors.newSingleThreadExecutor(Dispatcher.daemons("slack-assistant"));

    AssistantPanel(SlackHandlers handlers, SeenEvents seen, WorkspaceClients clients,
                   Supplier<List<StarterQuestions.Starter>> starters) {
        this.handlers = handlers;
        this.seen = seen;
        this.clients = clients;
        this.starters = starters;
    }

    /** The middleware to install with {@code app.assistant(…)}. */
    Assistant middleware() {
        Assistant assistant = new Assistant(NO_CONTEXT, events, log);
        assistant.setThreadContextAutoSave(false);
        return assistant
                .threadStarted(this::onThreadStarted)
                .userMessage(this::onUserMessage)
                .botMessage((payload, ctx) -> { }); // its own answers, and other bots': nothing to do
    }

    private void onThreadStarted(EventsApiPayload<AssistantThreadStartedEvent> payload, EventContext ctx) {
        AssistantThread thread = payload.getEvent() == null ? null : payload.getEvent().getAssistantThread();
        if (thread == null || thread.getChannelId() == null || thread.getThreadTs() == null
                || seen.first(payload.getEventId(), ctx.getRetryNum(), null, null).isEmpty()) {
            return;
        }
        List<SuggestedPrompt> prompts = starters.get().stream()
                .map(s -> new SuggestedPrompt(s.title(), s.question())).toList();
        if (prompts.isEmpty()) {
            return; // no knowledge to draw them from; the panel shows its own greeting
        }
        MethodsClient methods = clients.forTeam(payload.getTeamId()).orElse(null);
        if (methods == null) {
            return; // not installed there any more
        }
        call("assistant.threads.setSuggestedPrompts", () -> methods.assistantThreadsSetSuggestedPrompts(r -> r
                .channelId(thread.getChannelId()).threadTs(thread.getThreadTs()).title(PROMPTS_TITLE).prompts(prompts)));
    }

    private void onUserMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent ev = payload.getEvent();
        String thread = ev == null ? null : ev.getThreadTs();
        if (thread == null || !SlackHandlers.isFromAPerson(ev, handlers.botUser(ctx))) {
            return;
        }
        Optional<SeenEvents.Delivery> first = seen.first(payload.getEventId(), ctx.getRetryNum(), ev.getChannel(), ev.getTs());
        if (first.isEmpty()) {
            return;
        }
        String teamId = payload.getTeamId() != null ? payload.getTeamId() : ev.getTeam();
        clients.forTeam(teamId).ifPresent(methods -> call("assistant.threads.setStatus", () -> methods.assistantThreadsSetStatus(r -> r
                .channelId(ev.getChannel()).threadTs(thread).status(STATUS))));
        Request request = Request.freeText(Platform.SLACK, teamId, ev.getUser(), ev.getChannel(), ev.getText())
                .from(handlers.caller(ev.getUser())).inThread(thread);
        if (!handlers.answerInThread(request, ev.getChannel(), thread)) {
            handlers.postNow(teamId, ev.getChannel(), thread, Replies.busy()); // acknowledged already: Slack will not retry
        }
    }

    /** A Web API call whose failure is logged: the answer still comes without a status or prompts. */
    private static void call(String method, WebCall call) {
        try {
            SlackApiTextResponse resp = call.run();
            if (!resp.isOk()) {
                log.warn("Slack: {} failed: {}", method, resp.getError());
            }
        } catch (Exception e) {
            log.warn("Slack: {} failed: {}", method, e.toString());
        }
    }

    private interface WebCall {
        SlackApiTextResponse run() throws Exception;
    }

    /**
     * Keeps no thread context: the bot answers from its knowledge, not from the channel the user is viewing, so it
     * spares the Web API calls Bolt's default store makes on every message.
     */
    private static final AssistantThreadContextService NO_CONTEXT = new AssistantThreadContextService() {
        @Override
        public Optional<AssistantThreadContext> findCurrentContext(String channelId, String threadTs) {
            return Optional.empty();
        }

        @Override
        public void saveCurrentContext(String channelId, String threadTs, AssistantThreadContext context) {
            // nothing kept, see above
        }
    };

    @Override
    public void close() {
        events.shutdown();
        try {
            if (!events.awaitTermination(5, TimeUnit.SECONDS)) {
                events.shutdownNow();
            }
        } catch (InterruptedException e) {
            events.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
