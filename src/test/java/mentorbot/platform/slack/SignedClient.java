package mentorbot.platform.slack;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to the bot's /slack/events signed as Slack signs them ({@code v0:{ts}:{body}}, HMAC-SHA256). */
final class SignedClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String secret;

    SignedClient(int port, String secret) {
        this.url = "http://127.0.0.1:" + port + "/slack/events";
        this.secret = secret;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> slashCommand(String command, String text, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-unused");
        f.put("team_id", "T1");
        f.put("team_domain", "test");
        f.put("channel_id", "C1");
        f.put("channel_name", "general");
        f.put("user_id", "U1");
        f.put("user_name", "ada");
        f.put("command", command);
        f.put("text", text);
        f.put("api_app_id", "A1");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "1.2.3");
        return f;
    }

    HttpResponse<String> postForm(String body) throws Exception {
        return send(body, "application/x-www-form-urlencoded", now(), secret, Map.of());
    }

    HttpResponse<String> postJson(String body, Map<String, String> headers) throws Exception {
        return send(body, "application/json", now(), secret, headers);
    }

    HttpResponse<String> send(String body, String contentType, long timestamp, String signWith,
                              Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signWith != null) {
            String ts = Long.toString(timestamp);
            b.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts);
            b.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(signWith).generate(ts, body));
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url.replace("/slack/events", path)))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
