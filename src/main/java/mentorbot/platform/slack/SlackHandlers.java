package mentorbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.webhook.WebhookResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import mentorbot.mentor.Caller;
import mentorbot.mentor.Action;
import mentorbot.platform.ActionIds;
import mentorbot.platform.Dispatcher;
import mentorbot.platform.ReplyMemory;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.Visibility;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.ChannelKind;
import mentorbot.mentoring.Feedback;
import mentorbot.mentoring.Mentoring;
import mentorbot.tips.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: parse Slack's input into a {@link Request}, run the core on a bounded pool,
 * render the {@link Reply} and send it the way Slack expects (ack, response_url, chat.postMessage).
 */
final class SlackHandlers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";
    /** How long past the deadline a slash command's acknowledgement may wait for the dispatcher's word. */
    private static final long ACK_GRACE_MS = 500;

    private final List<CommandSpec> commands;
    /** Who may change a channel's daily tips ({@code slack.admins}); empty: anyone. */
    private final Set<String> tipAdmins;
    /** The Web API client of each workspace (its bot token). */
    private final WorkspaceClients clients;
    private final Slack slack;
    /** The bot's user id with a single token; null with OAuth, where each request's context says it. */
    private final String botUserId;
    private final Dispatcher dispatcher;
    /** The mentoring loop: feedback buttons under answers, and what their clicks do; null: none. */
    private final Mentoring mentoring;
    private final Supplier<List<StarterQuestions.Starter>> starters;
    /** Slack's response URL lives 30 minutes, so does a reply's Share button. */
    private final ReplyMemory shown = new ReplyMemory(Duration.ofMinutes(30));
    private final AckPayloads payloads = new AckPayloads();
    /** Events answered lately: each is answered once (across replicas when they share a database). */
    private final SeenEvents seen;
    private final AssistantPanel assistant;
    private final HomeTab home;

    /**
     * @param dispatcher runs the core within the acknowledgement budget; closed with these handlers
     * @param mentoring  the mentoring loop (feedback buttons and their clicks), or null for none
     * @param starters   questions to suggest, from the current knowledge
     * @param tips       every daily-tip subscription, for the admins' Home tab; null: not shown
     * @param plans      a person's learning plan, for their Home tab; null: not shown
     * @param seen       the events answered lately; closed with these handlers
     */
    SlackHandlers(Dispatcher dispatcher, List<CommandSpec> commands, WorkspaceClients clients, Slack slack,
                  String botUserId, List<String> tipAdmins, Mentoring mentoring,
                  Supplier<List<StarterQuestions.Starter>> starters, Supplier<List<Subscription>> tips,
                  java.util.function.Function<mentorbot.mentor.UserKey, java.util.Optional<mentorbot.plan.PlanView>> plans,
                  SeenEvents seen) {
        this.seen = seen;
        this.starters = starters;
        this.home = new HomeTab(clients, commands, mentoring, tips, plans);
        this.assistant = new AssistantPanel(this, seen, clients, starters);
        this.mentoring = mentoring;
        this.dispatcher = dispatcher;
        this.tipAdmins = Set.copyOf(tipAdmins);
        this.commands = List.copyOf(commands);
        this.clients = clients;
        this.slack = slack;
        this.botUserId = botUserId;
    }

    void register(App app) {
        // Message events with a subtype (edits, deletions, bot messages, joins…) are acknowledged
        // and dropped here: Bolt would answer 404 for them, and Slack would retry.
        app.use((req, resp, chain) -> {
            if (req.getRequestType() == RequestType.Event && req instanceof EventRequest er
                    && "message".equals(er.getEventType()) && !"message".equals(er.getEventTypeAndSubtype())) {
                log.debug("Slack: ignored message event {}", er.getEventTypeAndSubtype());
                return Response.ok();
            }
            return chain.next(req);
        });
        app.assistant(assistant.middleware());
        for (CommandSpec spec : commands) {
            String name = spec.name().toLowerCase(Locale.ROOT);
            app.command("/" + name, (req, ctx) -> onSlashCommand(name, req, ctx));
        }
        // A command the manifest declares but the core did not list (a feature not wired yet) still
        // reaches the core, which answers "unknown command", instead of failing in Slack's client.
        app.command(Pattern.compile("/.+"), (req, ctx) -> {
            String typed = req.getPayload().getCommand();
            return onSlashCommand(typed.substring(1).toLowerCase(Locale.ROOT), req, ctx);
        });
        app.blockAction(Pattern.compile(Pattern.quote(BlockKitRenderer.ACTION_PREFIX) + "\\d+"), this::onButton);
        app.event(MessageEvent.class, this::onMessage);
        app.event(AppMentionEvent.class, this::onMention);
        app.event(AppHomeOpenedEvent.class, this::onHomeOpened);
    }

    // ---------------------------------------------------------------- slash commands

    /**
     * Answered in the acknowledgement when the core is done within the budget; otherwise
     * acknowledged empty and answered through {@code response_url} when ready.
     */
    private Response onSlashCommand(String name, SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        Request request = Request.command(Platform.SLACK, p.getTeamId(), p.getUserId(), p.getChannelId(), name,
                p.getText()).from(caller(p.getUserId()));
        boolean inChannel = !isDirectMessage(p.getChannelId());
        CompletableFuture<Response> acknowledgement = new CompletableFuture<>();
        dispatcher.answer(request, new Dispatcher.Delivery() {
            @Override
            public void now(Reply reply) {
                acknowledgement.complete(ack(request, reply, inChannel));
            }

            @Override
            public void deferred() {
                acknowledgement.complete(ctx.ack());
            }

            @Override
            public void later(Reply reply) {
                respond(p.getResponseUrl(), request, reply, inChannel, p.getTeamId(), p.getChannelId(), p.getUserId());
            }

            @Override
            public void busy() {
                acknowledgement.complete(ack(null, Replies.busy(), false));
            }
        });
        try {
            // Bounded: an answer the dispatcher dropped at shutdown must not hold Slack's request forever.
            return acknowledgement.get(dispatcher.deadline().toMillis() + ACK_GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return ctx.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ctx.ack();
        }
    }

    /**
     * The acknowledgement carrying the reply, its Block Kit rendered once per cached answer; the answer's
     * feedback buttons carry the id {@code request} was recorded under (none for a reply not from the core).
     */
    private Response ack(Request request, Reply reply, boolean inChannel) {
        Feedback feedback = feedback(request, reply);
        ReplyMemory.Keys keys = shown.remember(reply, mayShare(reply, inChannel), buttons(feedback));
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(payloads.json(reply, keys, responseType(reply), feedback))
                .build();
    }

    /**
     * Records the answer (in the background) and says which mentoring buttons go under it; null without the
     * mentoring loop or a request. A reply shown to the whole channel is recorded but carries no buttons.
     */
    private Feedback feedback(Request request, Reply reply) {
        if (mentoring == null || request == null) {
            return null;
        }
        Feedback f = mentoring.feedback(request, reply, isDirectMessage(request.channelId()) ? ChannelKind.DM : ChannelKind.CHANNEL);
        return reply.visibility() == Visibility.SHARED ? new Feedback(f.answerId(), List.of()) : f;
    }

    private static List<Button> buttons(Feedback feedback) {
        return feedback == null ? List.of() : feedback.buttons();
    }

    // ---------------------------------------------------------------- buttons

    /** Where a click came from and where its answer goes. */
    private record Click(String teamId, String userId, String channelId, String url) {
        static Click of(BlockActionPayload p) {
            String userId = p.getUser() == null ? null : p.getUser().getId();
            String teamId = p.getTeam() != null ? p.getTeam().getId() : (p.getUser() == null ? null : p.getUser().getTeamId());
            String channelId = p.getChannel() != null ? p.getChannel().getId()
                    : (p.getContainer() == null ? null : p.getContainer().getChannelId());
            return new Click(teamId, userId, channelId, p.getResponseUrl());
        }
    }

    /** Every button: its value is the typed action it runs. */
    private Response onButton(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        if (p.getActions() == null || p.getActions().isEmpty()) {
            return ctx.ack();
        }
        Click click = Click.of(p);
        if (click.url() == null && click.channelId() == null && click.userId() != null) {
            // A button on the Home tab: no message to answer under, so the answer goes to the clicker's DM.
            click = new Click(click.teamId(), click.userId(), directMessage(click.teamId(), click.userId()), null);
        }
        Optional<Action> action = ActionIds.decode(SlackText.unescape(p.getActions().get(0).getValue()));
        if (action.isEmpty()) {
            respondAsync(click, ReplyBuilder.titled("That button no longer works")
                    .lead("Run the command again and use the buttons of the new answer.").unmatched().build());
        } else if (action.get() instanceof Action.Run run) {
            runCommand(click, run);
        } else if (action.get() instanceof Action.Share share) {
            share(click, share.key());
        } else if (action.get() instanceof Action.More more) {
            unfold(click, more.key());
        } else if (mentoring == null) {
            respondAsync(click, ReplyBuilder.titled("That button no longer works")
                    .lead("Mentoring is not running here.").unmatched().build());
        } else {
            mentoringClick(click, action.get());
        }
        return ctx.ack();
    }

    /**
     * 👍/👎, Ask a mentor, Claim, Resolved, and the learning plan's done, undo and later: the mentoring loop decides,
     * for the clicker as Slack knows them (an admin when listed in {@code slack.admins}); its response is shown to the
     * clicker alone, through the response_url as an ephemeral message, never as a new public one; a plan's done or
     * undo replaces the message clicked (the plan, updated in place).
     */
    private void mentoringClick(Click click, Action action) {
        Request clicker = new Request(Platform.SLACK, click.teamId(), click.userId(), click.channelId(), "", "",
                caller(click.userId()));
        if (!dispatcher.run(() -> {
            mentorbot.mentoring.Response r = mentoring.act(clicker, action);
            Reply reply = r.reply().withVisibility(Visibility.PRIVATE);
            send(click.url(), BlockKitRenderer.render(reply, null, null, r.buttons(), true), reply, click.teamId(), click.channelId(),
                    click.userId(), action.editsInPlace());
        })) {
            respondAsync(click, Replies.busy());
        }
    }

    /** A suggestion runs its command for the clicking user. */
    private void runCommand(Click click, Action.Run run) {
        Request request = Request.run(Platform.SLACK, click.teamId(), click.userId(), click.channelId(), run)
                .from(caller(click.userId()));
        boolean inChannel = !isDirectMessage(click.channelId());
        if (!dispatcher.answer(request, reply -> respond(click.url(), request, reply, inChannel, click.teamId(), click.channelId(),
                click.userId()))) {
            respondAsync(click, Replies.busy());
        }
    }

    /** Share posts the very reply its key names, once. */
    private void share(Click click, String key) {
        Optional<Reply> seen = shown.takeShare(key); // taken by the first click: a reply is shared once
        Reply reply = seen.map(r -> r.withVisibility(Visibility.SHARED)).orElseGet(() -> ReplyBuilder
                .titled("Nothing to share")
                .lead("That answer was shared already or is too old to share. Ask again to share a new one.")
                .unmatched().build());
        if (!dispatcher.run(() -> respond(click.url(), null, reply, false, click.teamId(), click.channelId(), click.userId()))) {
            seen.ifPresent(r -> shown.returnShare(key, r)); // not shared: the next click may try again
            respondAsync(click, Replies.busy());
        }
    }

    /** "More" shows the whole reply in place of its folded form. */
    private void unfold(Click click, String key) {
        ReplyMemory.Unfold whole = shown.unfold(key).orElse(null);
        Reply reply = whole != null ? whole.reply() : ReplyBuilder.titled("That answer has expired")
                .lead("I no longer have the rest of that answer. Ask again and I'll answer in full.")
                .unmatched().build();
        if (!dispatcher.run(() -> send(click.url(), BlockKitRenderer.render(reply, whole == null ? null : whole.shareKey(), null,
                whole == null ? List.of() : whole.feedback(), reply.visibility() != Visibility.SHARED),
                reply, click.teamId(), click.channelId(), click.userId(), whole != null))) {
            respondAsync(click, Replies.busy());
        }
    }

    /** The bot's DM with {@code userId} ({@code conversations.open}), or null when Slack does not give one. */
    private String directMessage(String teamId, String userId) {
        MethodsClient methods = clients.forTeam(teamId).orElse(null);
        if (methods == null) {
            return null;
        }
        try {
            var resp = methods.conversationsOpen(r -> r.users(List.of(userId)));
            if (resp.isOk() && resp.getChannel() != null) {
                return resp.getChannel().getId();
            }
            log.warn("Slack: conversations.open failed: {}", resp.getError());
        } catch (Exception e) {
            log.warn("Slack: conversations.open failed: {}", e.toString());
        }
        return null;
    }

    private void respondAsync(Click click, Reply reply) {
        CompletableFuture.runAsync(() -> respond(click.url(), null, reply, false, click.teamId(), click.channelId(), click.userId()));
    }

    /**
     * Sends a reply to a response_url. Without one (rare), a shared reply or one in a DM is posted
     * to the channel, and a private one is posted as an ephemeral message to the user: a private
     * answer never becomes public by this fallback.
     */
    private void respond(String url, Request request, Reply reply, boolean inChannel, String team, String channel,
                         String user) {
        send(url, present(reply, mayShare(reply, inChannel), feedback(request, reply)), reply, team, channel, user, false);
    }

    /**
     * A long reply folded behind "More" (the whole one kept for the button), any other as it is. When
     * it may be shared, its Share button carries the key of this very reply.
     */
    private BlockKitRenderer.Rendered present(Reply reply, boolean mayShare, Feedback feedback) {
        ReplyMemory.Shown s = shown.show(reply, mayShare, buttons(feedback));
        return BlockKitRenderer.render(s.reply(), s.shareKey(), s.moreKey(), buttons(feedback),
                reply.visibility() != Visibility.SHARED);
    }

    /** Sends rendered blocks to a response_url, in place of the message with the button when {@code replace}. */
    private void send(String url, BlockKitRenderer.Rendered r, Reply reply, String team, String channel, String user,
                      boolean replace) {
        if (url == null || url.isBlank()) {
            if (channel == null) {
                log.warn("Slack: no response_url and no channel, answer dropped");
            } else if (reply.visibility() == Visibility.SHARED || isDirectMessage(channel)) {
                post(team, channel, null, r);
            } else if (user != null) {
                postEphemeral(team, channel, user, null, r);
            }
            return;
        }
        try {
            WebhookResponse resp = new Responder(slack, url).send(ActionResponse.builder()
                    .responseType(responseType(reply))
                    .replaceOriginal(replace)
                    .text(r.text())
                    .blocks(r.blocks())
                    .build());
            if (resp.getCode() / 100 != 2) {
                log.warn("Slack: response_url answered {} {}", resp.getCode(), resp.getBody());
            }
        } catch (Exception e) {
            log.warn("Slack: could not send to response_url: {}", e.toString());
        }
    }

    // ---------------------------------------------------------------- direct messages

    private Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent ev = payload.getEvent();
        if (!shouldAnswer(ev, botUser(ctx))) {
            return ctx.ack();
        }
        SeenEvents.Delivery delivery = seen.first(payload.getEventId(), ctx.getRetryNum(), ev.getChannel(), ev.getTs())
                .orElse(null);
        if (delivery == null) {
            return ctx.ack();
        }
        String teamId = payload.getTeamId() != null ? payload.getTeamId() : ev.getTeam();
        Request request = Request.freeText(Platform.SLACK, teamId, ev.getUser(), ev.getChannel(), ev.getText())
                .from(caller(ev.getUser()));
        if (!dispatcher.answer(request, reply -> post(teamId, ev.getChannel(), ev.getThreadTs(),
                present(reply, false, feedback(request, reply))))) {
            delivery.forget(); // let Slack's retry get an answer
            return Response.builder().statusCode(503).body("busy").build();
        }
        return ctx.ack();
    }

    // ---------------------------------------------------------------- mentions in channels

    /**
     * "@mentor-bot …" in a channel: answered in a thread on the message (or in the thread it was asked in), for
     * everyone in the channel to see, as the question was; follow-ups in that thread share the thread's context.
     */
    private Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent ev = payload.getEvent();
        String botUserId = botUser(ctx);
        if (!shouldAnswerMention(ev, botUserId)) {
            return ctx.ack();
        }
        SeenEvents.Delivery delivery = seen.first(payload.getEventId(), ctx.getRetryNum(), ev.getChannel(), ev.getTs())
                .orElse(null);
        if (delivery == null) {
            return ctx.ack();
        }
        String thread = ev.getThreadTs() != null ? ev.getThreadTs() : ev.getTs();
        String teamId = payload.getTeamId() != null ? payload.getTeamId() : ev.getTeam();
        String question = MentionText.question(ev.getText(), botUserId);
        Request request = Request.freeText(Platform.SLACK, teamId, ev.getUser(), ev.getChannel(), question)
                .from(caller(ev.getUser())).inThread(thread);
        // A bare mention goes through the core too, so it counts against the person's rate limit like a question;
        // what the core says to an empty message is shown as this surface's own hint.
        boolean accepted = answerInThread(request, ev.getChannel(), thread,
                reply -> reply.kind() == Reply.Kind.EMPTY_MESSAGE ? MentionText.hint(starters.get()) : reply);
        if (!accepted) {
            delivery.forget();
            return Response.builder().statusCode(503).body("busy").build();
        }
        return ctx.ack();
    }

    /** A person's own, new mention: not a bot's, not the bot's own, not an edit or another subtype. */
    static boolean shouldAnswerMention(AppMentionEvent ev, String botUserId) {
        if (ev == null || ev.getUser() == null || ev.getChannel() == null || ev.getTs() == null) {
            return false;
        }
        if (ev.getBotId() != null || ev.getBotProfile() != null || ev.getSubtype() != null || ev.getEdited() != null) {
            return false;
        }
        return !ev.getUser().equals(botUserId);
    }

    /**
     * Answers {@code request} with one post in {@code thread} of {@code channel}. The post is public (shown as shared:
     * no user linked, "More" unfolds it for everyone) and carries the feedback buttons a DM answer carries. False when
     * every worker is taken.
     */
    boolean answerInThread(Request request, String channel, String thread) {
        return answerInThread(request, channel, thread, reply -> reply);
    }

    /** As above, the core's reply first shown as {@code shown} says (a surface's own wording of a notice). */
    private boolean answerInThread(Request request, String channel, String thread, UnaryOperator<Reply> shown) {
        return dispatcher.answer(request, reply -> deliverInThread(request, channel, thread, shown.apply(reply)));
    }

    /**
     * An answer goes in the thread for everyone, with its feedback buttons. A notice (a hint, a slow-down) is not an
     * answer: no buttons, not recorded. A slow-down in a channel is shown to the asker alone ({@code chat.postEphemeral}
     * in the thread): the channel need not see who was too fast, once per refused mention. The refused question is
     * not answered later: asking again is.
     */
    private void deliverInThread(Request request, String channel, String thread, Reply reply) {
        if (reply.kind() == Reply.Kind.SLOW_DOWN && !isDirectMessage(channel)) {
            Reply mine = reply.withVisibility(Visibility.PRIVATE);
            postEphemeral(request.teamId(), channel, request.userId(), thread, present(mine, false, null));
        } else if (reply.kind() != Reply.Kind.ANSWER) {
            postNow(request.teamId(), channel, thread, reply);
        } else {
            post(request.teamId(), channel, thread, present(reply.withVisibility(Visibility.SHARED), false, feedback(request, reply)));
        }
    }

    /** Posts such a reply in a thread from the calling thread. */
    void postNow(String team, String channel, String thread, Reply reply) {
        post(team, channel, thread, present(reply.withVisibility(Visibility.SHARED), false, null));
    }

    // ---------------------------------------------------------------- App Home

    /** The Home tab opened: its view published for that person, once per open; nothing is posted. */
    private Response onHomeOpened(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent ev = payload.getEvent();
        if (ev == null || ev.getUser() == null || !"home".equals(ev.getTab())) {
            return ctx.ack(); // the Messages tab, or nothing to publish for
        }
        SeenEvents.Delivery delivery = seen.first(payload.getEventId(), ctx.getRetryNum(), null, null).orElse(null);
        if (delivery == null) {
            return ctx.ack();
        }
        String teamId = payload.getTeamId();
        if (!dispatcher.run(() -> home.publish(teamId, ev.getUser(), caller(ev.getUser()).admin()))) {
            delivery.forget(); // let Slack's retry publish it
            return Response.builder().statusCode(503).body("busy").build();
        }
        return ctx.ack();
    }

    /** A user's own, plain, new message in a DM: not a bot, not the bot itself, not an edit or other subtype. */
    static boolean shouldAnswer(MessageEvent ev, String botUserId) {
        return isFromAPerson(ev, botUserId) && ("im".equals(ev.getChannelType()) || ev.getChannel().startsWith("D"));
    }

    /** A message a person wrote, as it was first sent: not a bot's, not the bot's own, not an edit. */
    static boolean isFromAPerson(MessageEvent ev, String botUserId) {
        if (ev == null || ev.getUser() == null || ev.getChannel() == null) {
            return false;
        }
        if (ev.getBotId() != null || ev.getBotProfile() != null || ev.getUser().equals(botUserId)) {
            return false;
        }
        return ev.getEdited() == null; // subtypes never get here: see the middleware in register()
    }

    private void post(String team, String channel, String threadTs, BlockKitRenderer.Rendered r) {
        MethodsClient methods = methods(team);
        if (methods == null) {
            return;
        }
        try {
            ChatPostMessageResponse resp = methods.chatPostMessage(m -> m
                    .channel(channel)
                    .threadTs(threadTs)
                    .text(r.text())
                    .blocks(r.blocks())
                    .linkNames(false)
                    .unfurlLinks(false)
                    .unfurlMedia(false));
            if (!resp.isOk()) {
                log.warn("Slack: chat.postMessage to {} failed: {}", channel, resp.getError());
            }
        } catch (Exception e) {
            log.warn("Slack: chat.postMessage to {} failed: {}", channel, e.toString());
        }
    }

    /** Shown to {@code user} alone in {@code channel}, in the thread {@code threadTs} when given. */
    private void postEphemeral(String team, String channel, String user, String threadTs, BlockKitRenderer.Rendered r) {
        MethodsClient methods = methods(team);
        if (methods == null) {
            return;
        }
        try {
            var resp = methods.chatPostEphemeral(m -> m.channel(channel).user(user).threadTs(threadTs)
                    .text(r.text()).blocks(r.blocks()));
            if (!resp.isOk()) {
                log.warn("Slack: chat.postEphemeral to {} failed: {}", channel, resp.getError());
            }
        } catch (Exception e) {
            log.warn("Slack: chat.postEphemeral to {} failed: {}", channel, e.toString());
        }
    }

    // ---------------------------------------------------------------- posts to channels (daily tips)


    // ---------------------------------------------------------------- helpers

    /** The workspace's client, or null (logged) when the bot is not installed there (any more). */
    private MethodsClient methods(String team) {
        MethodsClient methods = clients.forTeam(team).orElse(null);
        if (methods == null) {
            log.warn("Slack: not installed in team {}, answer dropped", team);
        }
        return methods;
    }

    /** The bot's own user id in the request's workspace: the single token's, or what authorization found for the team. */
    String botUser(com.slack.api.bolt.context.Context ctx) {
        return botUserId != null ? botUserId : ctx.getBotUserId();
    }

    /** A Slack user: ids are per workspace, rate-limited, and a tip admin when listed (or when none are). */
    Caller caller(String userId) {
        return caller(tipAdmins, userId);
    }

    static Caller caller(Set<String> tipAdmins, String userId) {
        return new Caller(false, true, tipAdmins.isEmpty() || tipAdmins.contains(userId));
    }


    /** Only a private answer in a channel can be shared; a decline (rate limit, error) never is. */
    private static boolean mayShare(Reply reply, boolean inChannel) {
        return inChannel && reply.matched() && reply.visibility() == Visibility.PRIVATE;
    }

    private static String responseType(Reply reply) {
        return reply.visibility() == Visibility.SHARED ? IN_CHANNEL : EPHEMERAL;
    }

    private static boolean isDirectMessage(String channelId) {
        return channelId != null && channelId.startsWith("D");
    }

    /** Lets answers in progress finish (bounded) and logs what could not be sent. */
    @Override
    public void close() {
        assistant.close();
        dispatcher.close();
        seen.close();
    }
}
