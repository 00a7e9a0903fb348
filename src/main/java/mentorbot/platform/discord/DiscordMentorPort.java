package mentorbot.platform.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import mentorbot.config.Settings;
import mentorbot.mentor.Reply;
import mentorbot.mentor.TextFit;
import mentorbot.mentoring.Button;
import mentorbot.mentoring.MentorCard;
import mentorbot.mentoring.MentorPort;
import mentorbot.mentoring.MentorsChannel;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mentoring loop on Discord, over the REST API (like daily tips, without the gateway): the card with
 * {@code POST channels/{id}/messages}, edited with {@code PATCH channels/{id}/messages/{msg}}, the learner's DM
 * through {@code POST users/@me/channels} and a message there, the reminder as a reply to the card. Every message
 * sets {@code allowed_mentions}: the card's (and its edits') let the asker alone be pinged, everything else none.
 */
public final class DiscordMentorPort implements MentorPort {

    private static final Logger log = LoggerFactory.getLogger(DiscordMentorPort.class);
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,25}");

    private final HttpClient http;
    private final String apiUrl;
    private final String token;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public DiscordMentorPort(HttpClient http, String apiUrl, String token, Duration timeout) {
        this.http = http;
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.timeout = timeout;
    }

    /** For the configured bot: {@code discord.apiUrl} (default the v10 API) and the bot token. */
    public static DiscordMentorPort create(Settings.Discord discord) {
        String url = discord.apiUrl() == null || discord.apiUrl().isBlank() ? DiscordTipPoster.DEFAULT_API_URL : discord.apiUrl();
        return new DiscordMentorPort(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), url,
                discord.botToken().value(), Duration.ofSeconds(15));
    }

    /** A REST answer: its status and JSON body. */
    private record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** Discord's error, said for an admin: what to fix. */
        String failure(String channelLabel) {
            int code = body.path("code").asInt(0);
            return switch (code) {
                case 10003 -> "Discord has no channel " + channelLabel + " (Unknown Channel)";
                case 50001 -> "the bot cannot see " + channelLabel + " (Missing Access): give it View Channel there";
                case 50013 -> "the bot may not post in " + channelLabel
                        + " (Missing Permissions): give it Send Messages and Embed Links there";
                default -> "Discord: " + (code != 0 ? code + " " : "") + body.path("message").asText("HTTP " + status)
                        + " (HTTP " + status + ")";
            };
        }
    }

    @Override
    public Posted postCard(MentorsChannel channel, MentorCard card) {
        if (!SNOWFLAKE.matcher(channel.channelId()).matches()) {
            return Posted.failed("the mentors channel " + channel.label() + " is not a Discord channel id: set it with "
                    + "/mentors channel and pick the channel");
        }
        try {
            Answer a = send("POST", "/channels/" + channel.channelId() + "/messages", card(card));
            if (!a.ok()) {
                return Posted.failed(a.failure(channel.label()));
            }
            return Posted.ok(a.body().path("id").asText());
        } catch (IOException e) {
            return Posted.failed("Discord: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Posted.failed("Discord: interrupted");
        }
    }

    @Override
    public boolean updateCard(MentorsChannel channel, String messageId, MentorCard card) {
        return call("PATCH", "/channels/" + channel.channelId() + "/messages/" + messageId, card(card), "edit of a card")
                .isPresent();
    }

    @Override
    public boolean directMessage(String teamId, String userId, Reply reply) {
        return directMessage(teamId, userId, reply, List.of());
    }

    /** Opens the DM channel, then posts the reply as embeds with its buttons, allowing no mention. */
    @Override
    public boolean directMessage(String teamId, String userId, Reply reply, List<Button> buttons) {
        DataObject open = DataObject.empty().put("recipient_id", userId);
        Optional<JsonNode> dm = call("POST", "/users/@me/channels", open, "opening a DM");
        if (dm.isEmpty() || dm.get().path("id").asText("").isEmpty()) {
            return false;
        }
        DataObject body = embeds(reply).put("allowed_mentions", mentions(null));
        if (!buttons.isEmpty()) {
            DataObject built = new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
                    .setComponents(Messages.rows(reply, null, null, buttons)).build().toData();
            body.put("components", built.getArray("components"));
        }
        return call("POST", "/channels/" + dm.get().path("id").asText() + "/messages", body, "a DM").isPresent();
    }

    @Override
    public boolean remind(MentorsChannel channel, String messageId, MentorCard card) {
        String text = "Still waiting for a mentor: \"" + TextFit.fit(card.question(), 1_800) + "\". Can someone claim it?";
        DataObject body = DataObject.empty()
                .put("content", EmbedRenderer.neutralize(text))
                .put("message_reference", DataObject.empty().put("message_id", messageId)
                        .put("channel_id", channel.channelId()).put("fail_if_not_exists", false))
                .put("allowed_mentions", mentions(null)); // no ping: the asker was pinged once, by the card
        return call("POST", "/channels/" + channel.channelId() + "/messages", body, "a reminder").isPresent();
    }

    /**
     * The card: the asker's mention in the content (the one ping the bot makes), the card as an embed, its buttons,
     * and allowed mentions naming the asker alone, on the first post and on every edit.
     */
    static DataObject card(MentorCard card) {
        boolean pingable = SNOWFLAKE.matcher(card.askerId()).matches();
        String asker = pingable ? "<@" + card.askerId() + ">" : "@" + card.askerId();
        String content = EmbedRenderer.neutralize(card.isWithdrawn() ? "A mentor request was withdrawn by the learner."
                : asker + " asked for a mentor: \"" + TextFit.fit(card.question(), 1_500) + "\"");
        net.dv8tion.jda.api.utils.messages.MessageCreateBuilder b = new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder()
                .setContent(content).setEmbeds(EmbedRenderer.render(card.toReply()));
        List<net.dv8tion.jda.api.components.buttons.Button> buttons = Messages.buttons(card.buttons());
        if (!buttons.isEmpty()) {
            b.setComponents(ActionRow.of(buttons));
        }
        DataObject body = DataObject.empty().put("content", content);
        DataObject built = b.build().toData();
        body.put("embeds", built.getArray("embeds"));
        // An edit that removes the last button must say so: an empty list, not a missing field.
        body.put("components", built.hasKey("components") ? built.getArray("components") : DataArray.empty());
        return body.put("allowed_mentions", mentions(pingable ? card.askerId() : null));
    }

    private static DataObject embeds(Reply reply) {
        DataArray embeds = DataArray.empty();
        EmbedRenderer.render(reply).forEach(e -> embeds.add(e.toData()));
        return DataObject.empty().put("embeds", embeds);
    }

    /** {@code {"parse":[],"replied_user":false}}, with {@code users: [user]} when one may be pinged. */
    static DataObject mentions(String user) {
        DataObject m = DataObject.empty().put("parse", DataArray.empty()).put("replied_user", false);
        return user == null ? m : m.put("users", DataArray.empty().add(user));
    }

    private Optional<JsonNode> call(String method, String path, DataObject body, String what) {
        try {
            Answer a = send(method, path, body);
            if (!a.ok()) {
                log.warn("Discord: {} failed: {}", what, a.failure(path));
                return Optional.empty();
            }
            return Optional.of(a.body());
        } catch (IOException e) {
            log.warn("Discord: {} failed: {}", what, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Answer send(String method, String path, DataObject body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(timeout)
                .header("Authorization", "Bot " + token)
                .header("Content-Type", "application/json")
                .header("User-Agent", "DiscordBot (https://github.com/mentor-bot, 0.1)")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode node;
        try {
            node = response.body() == null || response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            node = json.createObjectNode();
        }
        return new Answer(response.statusCode(), node);
    }
}
