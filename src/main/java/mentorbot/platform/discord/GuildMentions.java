package mentorbot.platform.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.platform.Dispatcher;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a message in a server channel or thread that mentions the bot: the question is the text without the
 * mention, answered by the core like a DM (rate-limited per user) in the conversation of its thread or reply
 * chain ({@link ReplyChains}), with one public reply to the asking message that pings no one (a bare mention
 * gets a hint of what to ask, and counts against the rate limit; a slow-down is posted once per window). Messages by bots
 * (this one included), webhooks and the system, and messages that do not mention the bot, get nothing; their
 * text is never read. A channel the bot may not post in is logged once, not retried.
 */
final class GuildMentions {

    private static final Logger log = LoggerFactory.getLogger(GuildMentions.class);
    private static final int CHAINS = 10_000;
    private static final int REFUSED_CHANNELS = 1_000;

    private final Dispatcher dispatcher;
    /** The public message for an answer, with the answer's feedback buttons. */
    private final BiFunction<Request, Reply, MessageCreateData> render;
    private final Consumer<Throwable> errors;
    private final ReplyChains chains = new ReplyChains(CHAINS);
    private final SlowDownNotices notices;
    /** Channels whose refusal was logged; a later post that succeeds there forgets it, so a new refusal is logged again. */
    private final Set<String> refused = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REFUSED_CHANNELS;
                }
            }));

    GuildMentions(Dispatcher dispatcher, BiFunction<Request, Reply, MessageCreateData> render, Consumer<Throwable> errors,
                  SlowDownNotices notices) {
        this.notices = notices;
        this.dispatcher = dispatcher;
        this.render = render;
        this.errors = errors;
    }

    void onMessage(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User self = event.getJDA().getSelfUser();
        Optional<String> question = question(message, self);
        if (question.isEmpty()) {
            return;
        }
        String thread = chains.thread(message, self.getIdLong());
        // Free text needs no standing in the server: the caller is an admin of nothing here. A bare mention goes to
        // the core too, so it counts against the person's rate limit like a question.
        Request request = Request.freeText(Platform.DISCORD, event.getGuild().getId(), message.getAuthor().getId(),
                message.getChannel().getId(), question.get()).from(DiscordListener.caller(false)).inThread(thread);
        if (!dispatcher.answer(request, reply -> deliver(message, request, reply, thread, self.getName()))) {
            reply(message, Messages.create(Replies.busy(), null, null), null);
        }
    }

    /**
     * An answer is the public reply, with its buttons, remembered for its chain. An empty message gets this surface's
     * hint. A slow-down is public on Discord (no ephemeral replies to messages), so it is posted at most once per person
     * and channel per window ({@link SlowDownNotices}); the refused question is not answered later, then or ever.
     */
    private void deliver(Message message, Request request, Reply reply, String thread, String botName) {
        if (reply.kind() == Reply.Kind.SLOW_DOWN) {
            if (notices.mayTell(request.userId(), request.channelId())) {
                reply(message, Messages.create(reply, null, null), null);
            }
        } else if (reply.kind() == Reply.Kind.EMPTY_MESSAGE) {
            reply(message, Messages.create(hint(botName), null, null), null);
        } else {
            reply(message, render.apply(request, reply), thread);
        }
    }

    /**
     * What a bare mention gets: how to ask, in this channel. Not the core's help, which speaks of private answers
     * and DMs; not recorded, no feedback buttons.
     */
    static Reply hint(String botName) {
        String me = "@" + botName;
        return ReplyBuilder.titled("Ask me after the mention")
                .intro("Write your question after " + me + ", for example \"" + me + " what does a senior AI engineer earn?\" or \""
                        + me + " do I need a PhD for generative AI work?\". A follow-up as a reply to my answer, or in the same "
                        + "thread, continues the subject: \"" + me + " and the entry level?\"")
                .suggest("Everything I can do", "/mentor help")
                .kind(Reply.Kind.EMPTY_MESSAGE)
                .unmatched()
                .build();
    }

    /** The question of a message addressed to the bot by a person; empty for anything else. */
    static Optional<String> question(Message message, User self) {
        User author = message.getAuthor();
        if (author.isBot() || author.isSystem() || author.getIdLong() == self.getIdLong() || message.isWebhookMessage()
                || (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY)) {
            return Optional.empty();
        }
        // Discord sends the text of a server message only when it mentions the bot: look at the mentions first.
        if (message.getMentions().getUsers().stream().noneMatch(u -> u.getIdLong() == self.getIdLong())) {
            return Optional.empty();
        }
        return MentionText.question(message.getContentRaw(), self.getId());
    }

    /** One reply to {@code question}; {@code thread}, when given, is remembered for replies to the answer. */
    private void reply(Message question, MessageCreateData data, String thread) {
        String channel = question.getChannel().getId();
        try {
            question.reply(data).queue(sent -> {
                refused.remove(channel);
                if (thread != null) {
                    chains.answered(sent.getId(), thread);
                }
            }, failure -> failed(channel, failure));
        } catch (InsufficientPermissionException e) { // JDA checks the permissions it knows before sending
            failed(channel, e);
        }
    }

    private void failed(String channel, Throwable failure) {
        if (!cannotPost(failure)) {
            errors.accept(failure);
        } else if (refused.add(channel)) {
            log.warn("Cannot answer mentions in Discord channel {}: {}. Give the bot View Channel, Send Messages, "
                    + "Embed Links, Read Message History (and Send Messages in Threads) there", channel, failure.getMessage());
        }
    }

    private static boolean cannotPost(Throwable failure) {
        if (failure instanceof InsufficientPermissionException) {
            return true;
        }
        return failure instanceof ErrorResponseException e && (e.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                || e.getErrorResponse() == ErrorResponse.MISSING_ACCESS);
    }
}
