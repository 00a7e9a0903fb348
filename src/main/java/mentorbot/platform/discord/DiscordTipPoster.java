package mentorbot.platform.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;
import mentorbot.config.Settings;
import mentorbot.mentor.Reply;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.PostResult;
import mentorbot.tips.TipPace;
import mentorbot.tips.TipPoster;

/**
 * Posts daily tips as one embed with {@code POST /channels/{id}/messages} (one request per call;
 * retries belong to the tips delivery). {@code allowed_mentions: {"parse": []}} on every message, so
 * a tip never pings anyone, {@code @everyone} included.
 */
public final class DiscordTipPoster implements TipPoster {

    /** Discord: 1 message/second per channel, 5 per second per guild, 40 per second bot-wide (the global limit is 50). */
    static final TipPace PACE = new TipPace(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(25));

    public static final String DEFAULT_API_URL = "https://discord.com/api/v10";
    /** Unknown Channel, Missing Access, Missing Permissions, Cannot send messages in a non-text channel. */
    static final Set<Integer> CHANNEL_GONE = Set.of(10003, 50001, 50013, 50008);

    private final HttpClient http;
    private final String apiUrl;
    private final String token;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public DiscordTipPoster(HttpClient http, String apiUrl, String token, Duration timeout) {
        this.http = http;
        this.apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        this.token = token;
        this.timeout = timeout;
    }

    /** A poster for the configured bot: {@code discord.apiUrl} (default the v10 API) and the bot token. */
    public static DiscordTipPoster create(Settings.Discord discord) {
        String url = discord.apiUrl() == null || discord.apiUrl().isBlank() ? DEFAULT_API_URL : discord.apiUrl();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return new DiscordTipPoster(http, url, discord.botToken().value(), Duration.ofSeconds(15));
    }

    @Override
    public TipPace pace() {
        return PACE;
    }

    @Override
    public PostResult post(ChannelKey channel, Reply reply) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(apiUrl + "/channels/" + channel.channelId() + "/messages"))
                    .timeout(timeout)
                    .header("Authorization", "Bot " + token)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "DiscordBot (https://github.com/mentor-bot, 0.1)")
                    .POST(HttpRequest.BodyPublishers.ofString(body(reply)))
                    .build();
        } catch (IllegalArgumentException e) {
            return new PostResult.Permanent("Discord: cannot build the request: " + e.getMessage(), false);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new PostResult.Transient("Discord: timeout");
        } catch (IOException e) {
            return new PostResult.Transient("Discord: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PostResult.Transient("Discord: interrupted");
        }
        return classify(response.statusCode(), response.body(), response.headers().firstValue("Retry-After").orElse(null));
    }

    PostResult classify(int status, String body, String retryAfterHeader) {
        JsonNode node = parse(body);
        if (status >= 200 && status < 300) {
            return PostResult.ok(node.path("id").asText(""));
        }
        if (status == 429) {
            Duration wait = null;
            if (node.has("retry_after")) {
                wait = Duration.ofMillis((long) Math.ceil(node.path("retry_after").asDouble(1) * 1000));
            } else if (retryAfterHeader != null) {
                try {
                    wait = Duration.ofMillis((long) Math.ceil(Double.parseDouble(retryAfterHeader.strip()) * 1000));
                } catch (NumberFormatException ignored) {
                    // fall through to the default
                }
            }
            return new PostResult.RetryAfter(wait == null ? Duration.ofSeconds(1) : wait,
                    "Discord: HTTP 429" + (node.path("global").asBoolean(false) ? " (global)" : ""));
        }
        if (status >= 500 || status == 408) {
            return new PostResult.Transient("Discord: HTTP " + status);
        }
        int code = node.path("code").asInt(0);
        String reason = "Discord: " + (code != 0 ? code + " " : "") + node.path("message").asText("HTTP " + status)
                + " (HTTP " + status + ")";
        return new PostResult.Permanent(reason, CHANNEL_GONE.contains(code));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** The message: the same embeds as every answer ({@link EmbedRenderer}), and no mentions allowed. */
    String body(Reply reply) {
        net.dv8tion.jda.api.utils.data.DataArray embeds = net.dv8tion.jda.api.utils.data.DataArray.empty();
        EmbedRenderer.render(reply).forEach(embed -> embeds.add(embed.toData()));
        return net.dv8tion.jda.api.utils.data.DataObject.empty()
                .put("embeds", embeds)
                .put("allowed_mentions", net.dv8tion.jda.api.utils.data.DataObject.empty()
                        .put("parse", net.dv8tion.jda.api.utils.data.DataArray.empty()))
                .toString();
    }
}
