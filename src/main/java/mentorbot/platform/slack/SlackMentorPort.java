package mentorbot.platform.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import mentorbot.mentor.Reply;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.MentorCard;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.MentorsChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mentoring loop on Slack: the card with {@code chat.postMessage} (a {@code #name} resolved with
 * {@code conversations.list}), edited with {@code chat.update}, the learner's DM with {@code conversations.open}
 * and {@code chat.postMessage}, the reminder as a reply in the card's thread. Every text is escaped; the one
 * mention is the asker's on the card ({@code <@U…>}); {@code link_names} stays off.
 */
public final class SlackMentorPort implements MentorPort {

    private static final Logger log = LoggerFactory.getLogger(SlackMentorPort.class);
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{1,30}");
    private static final int MAX_PAGES = 50;

    private final WorkspaceClients clients;
    /** {@code team|#name} to channel id, as conversations.list answered. */
    private final Map<String, String> channelIds = new ConcurrentHashMap<>();

    public SlackMentorPort(MethodsClient methods) {
        this(WorkspaceClients.single(methods));
    }

    /** Each card, edit and DM with its workspace's token. */
    SlackMentorPort(WorkspaceClients clients) {
        this.clients = clients;
    }

    /** For the configured workspace; {@code listeners} see every Web API answer (a revoked token fails Slack). */
    static SlackMentorPort create(mentorbot.config.Settings.Slack slack,
                                  List<com.slack.api.util.http.listener.HttpResponseListener> listeners) {
        return new SlackMentorPort(SlackTipPoster.methods(slack, listeners));
    }

    @Override
    public Posted postCard(MentorsChannel channel, MentorCard card) {
        try {
            MethodsClient methods = clients.forTeam(channel.teamId()).orElse(null);
            if (methods == null) {
                return Posted.failed(SlackTipPoster.NOT_INSTALLED);
            }
            Optional<String> id = channelId(methods, channel);
            if (id.isEmpty()) {
                return Posted.failed("Slack has no public channel " + channel.label() + " the bot can see; set the channel with "
                        + "/mentors channel and pick it from the list, so Slack sends its id");
            }
            BlockKitRenderer.Rendered r = render(card);
            ChatPostMessageResponse resp = methods.chatPostMessage(m -> m.channel(id.get()).text(r.text()).blocks(r.blocks())
                    .linkNames(false).unfurlLinks(false).unfurlMedia(false));
            if (!resp.isOk()) {
                return Posted.failed(reason(resp, channel));
            }
            return Posted.ok(id.get() + "/" + resp.getTs());
        } catch (Exception e) {
            return Posted.failed("Slack: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public boolean updateCard(MentorsChannel channel, String messageId, MentorCard card) {
        Optional<Where> where = Where.of(messageId);
        if (where.isEmpty()) {
            return false;
        }
        BlockKitRenderer.Rendered r = render(card);
        MethodsClient methods = clients.forTeam(channel.teamId()).orElse(null);
        if (methods == null) {
            return false;
        }
        try {
            var resp = methods.chatUpdate(m -> m.channel(where.get().channel()).ts(where.get().ts()).text(r.text())
                    .blocks(r.blocks()).linkNames(false));
            return ok(resp, "chat.update");
        } catch (Exception e) {
            log.warn("Slack: chat.update of a mentor card failed: {}", e.toString());
            return false;
        }
    }

    @Override
    public boolean directMessage(String teamId, String userId, Reply reply) {
        return directMessage(teamId, userId, reply, List.of());
    }

    /** {@code conversations.open} with the user, then the reply and its buttons as a normal message in that DM. */
    @Override
    public boolean directMessage(String teamId, String userId, Reply reply, List<Button> buttons) {
        MethodsClient methods = clients.forTeam(teamId).orElse(null);
        if (methods == null) {
            return false;
        }
        try {
            ConversationsOpenResponse open = methods.conversationsOpen(r -> r.users(List.of(userId)));
            if (!ok(open, "conversations.open") || open.getChannel() == null) {
                return false;
            }
            BlockKitRenderer.Rendered r = BlockKitRenderer.render(reply, null, null, buttons, true);
            return ok(methods.chatPostMessage(m -> m.channel(open.getChannel().getId()).text(r.text()).blocks(r.blocks())
                    .linkNames(false).unfurlLinks(false).unfurlMedia(false)), "chat.postMessage (DM)");
        } catch (Exception e) {
            log.warn("Slack: a DM to a learner failed: {}", e.toString());
            return false;
        }
    }

    @Override
    public boolean remind(MentorsChannel channel, String messageId, MentorCard card) {
        Optional<Where> where = Where.of(messageId);
        if (where.isEmpty()) {
            return false;
        }
        // No mention: the asker was pinged once, by the card.
        String text = "Still waiting for a mentor: \"" + SlackText.escape(card.question()) + "\". Can someone claim it?";
        MethodsClient methods = clients.forTeam(channel.teamId()).orElse(null);
        if (methods == null) {
            return false;
        }
        try {
            return ok(methods.chatPostMessage(m -> m.channel(where.get().channel()).threadTs(where.get().ts()).text(text)
                    .mrkdwn(false).linkNames(false).unfurlLinks(false).unfurlMedia(false)), "chat.postMessage (reminder)");
        } catch (Exception e) {
            log.warn("Slack: the reminder of a mentor card failed: {}", e.toString());
            return false;
        }
    }

    /** The card's blocks (asker and claimer as mentions) and its notification text, which pings the asker alone. */
    static BlockKitRenderer.Rendered render(MentorCard card) {
        BlockKitRenderer.Rendered blocks = BlockKitRenderer.render(card.toReply(), null, null, card.buttons(), true);
        if (card.isWithdrawn()) {
            return new BlockKitRenderer.Rendered("A mentor request was withdrawn by the learner", blocks.blocks());
        }
        String asker = USER_ID.matcher(card.askerId()).matches() ? "<@" + card.askerId() + ">"
                : "@" + SlackText.escape(card.askerId());
        String text = asker + " asked for a mentor (" + card.stateText().toLowerCase(java.util.Locale.ROOT) + "): \""
                + SlackText.escape(mentorbot.mentor.TextFit.fit(card.question(), 2_000)) + "\"";
        return new BlockKitRenderer.Rendered(text, blocks.blocks());
    }

    /** The channel's id: as stored, or for a {@code #name} the public channel of that name (asked once). */
    private Optional<String> channelId(MethodsClient methods, MentorsChannel channel) throws Exception {
        String id = channel.channelId();
        if (!id.startsWith("#")) {
            return Optional.of(id);
        }
        String name = id.substring(1);
        String key = channel.teamId() + "|" + name;
        String known = channelIds.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String c = cursor;
            ConversationsListResponse list = methods.conversationsList(r -> r.types(List.of(ConversationType.PUBLIC_CHANNEL))
                    .excludeArchived(true).limit(200).cursor(c));
            if (!ok(list, "conversations.list")) {
                return Optional.empty();
            }
            for (Conversation conv : list.getChannels() == null ? List.<Conversation>of() : list.getChannels()) {
                if (name.equalsIgnoreCase(conv.getName())) {
                    channelIds.put(key, conv.getId());
                    return Optional.of(conv.getId());
                }
            }
            cursor = list.getResponseMetadata() == null ? null : list.getResponseMetadata().getNextCursor();
            if (cursor == null || cursor.isBlank()) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Why Slack refused a card, said so that an admin knows what to do. */
    private static String reason(SlackApiTextResponse resp, MentorsChannel channel) {
        String error = resp.getError();
        return switch (error == null ? "" : error) {
            case "not_in_channel" -> "the bot is not a member of " + channel.label() + ": invite it there (/invite @mentor-bot)";
            case "channel_not_found" -> "Slack has no channel " + channel.label() + " the bot can see";
            case "is_archived" -> channel.label() + " is archived";
            default -> "Slack: " + error;
        };
    }

    private static boolean ok(SlackApiTextResponse resp, String method) {
        if (!resp.isOk()) {
            log.warn("Slack: {} failed: {}", method, resp.getError());
        }
        return resp.isOk();
    }

    /** A card's message: its channel id and timestamp, stored as {@code C…/ts}. */
    private record Where(String channel, String ts) {
        static Optional<Where> of(String messageId) {
            int slash = messageId == null ? -1 : messageId.lastIndexOf('/');
            return slash <= 0 ? Optional.empty() : Optional.of(new Where(messageId.substring(0, slash), messageId.substring(slash + 1)));
        }
    }
}
