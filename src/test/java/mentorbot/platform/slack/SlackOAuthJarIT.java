package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import mentorbot.testing.BotJar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a distributable Slack app, configured only by environment variables: two workspaces install it
 * through the real OAuth pages, each one's command runs with its own token, the token column holds no plain token,
 * an uninstall pauses that workspace's tips; and a missing MENTORBOT_SECRET_KEY stops start-up with a clear line.
 */
@Timeout(180)
class SlackOAuthJarIT {

    @TempDir
    Path data;

    FakeSlackApi api;
    final BotJar.Children children = new BotJar.Children();
    final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void fake() throws Exception {
        api = new FakeSlackApi();
        api.codes.put("jar-code-a", SlackOAuthTest.TEAM_A);
        api.codes.put("jar-code-b", SlackOAuthTest.TEAM_B);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            children.close();
        } finally {
            api.close();
        }
    }

    private Map<String, String> env(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_MODE", "http");
        env.put("SLACK_CLIENT_ID", SlackOAuthTest.CLIENT_ID);
        env.put("SLACK_CLIENT_SECRET", "jar-client-secret");
        env.put("SLACK_SIGNING_SECRET", SlackOAuthTest.SECRET);
        env.put("MENTORBOT_SECRET_KEY", SlackOAuthTest.KEY);
        env.put("SLACK_API_URL", api.apiUrl());
        env.put("MENTORBOT_HTTP_PORT", Integer.toString(port));
        env.put("MENTORBOT_DATA_DIR", data.toString());
        return env;
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void install(int port, String code, BotJar bot) throws Exception {
        HttpResponse<String> page = get(port, "/slack/install", null);
        assertEquals(200, page.statusCode(), page.body() + "\n" + bot.describe());
        Matcher link = SlackOAuthTest.STATE_IN_LINK.matcher(page.body().replace("&amp;", "&"));
        assertTrue(link.find(), page.body());
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpResponse<String> done = get(port, "/slack/oauth_redirect?code=" + code + "&state=" + link.group(1), cookie);
        assertEquals(200, done.statusCode(), done.body() + "\n" + bot.describe());
        HttpResponse<String> replay = get(port, "/slack/oauth_redirect?code=" + code + "&state=" + link.group(1), cookie);
        assertEquals(400, replay.statusCode(), "a replayed state: " + replay.body());
    }

    @Test
    void twoWorkspacesInstallTheJarAndEachIsAnsweredWithItsOwnToken() throws Exception {
        int port = SlackJarIT.freePort();
        BotJar bot = children.start(env(port));
        SignedClient client = new SignedClient(port, SlackOAuthTest.SECRET);
        SlackJarIT.awaitHealthy(bot, client);
        install(port, "jar-code-a", bot);
        install(port, "jar-code-b", bot);
        api.authTests.clear();

        for (FakeSlackApi.Workspace team : List.of(SlackOAuthTest.TEAM_A, SlackOAuthTest.TEAM_B)) {
            Map<String, String> command = SignedClient.slashCommand("/tips", "subscribe 09:00 UTC", api.responseUrl(team.teamId()));
            command.put("team_id", team.teamId());
            command.put("channel_id", "C" + team.teamId());
            HttpResponse<String> ack = client.postForm(SignedClient.form(command));
            assertEquals(200, ack.statusCode(), ack.body() + "\n" + bot.describe());
            FakeSlackApi.Call authorized = api.authTests.poll(10, TimeUnit.SECONDS);
            assertNotNull(authorized, bot.describe());
            assertEquals(team.botToken(), authorized.token());
        }

        postUninstall(client, SlackOAuthTest.TEAM_A.teamId());
        bot.await("team A's tips paused", () -> pausedReason("C" + SlackOAuthTest.TEAM_A.teamId()) != null, Duration.ofSeconds(10));
        assertEquals(Uninstalls.UNINSTALLED, pausedReason("C" + SlackOAuthTest.TEAM_A.teamId()));
        assertNull(pausedReason("C" + SlackOAuthTest.TEAM_B.teamId()), "the other workspace's tips run on");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("tips.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT team_id, bot_token_enc FROM slack_installations")) {
            assertTrue(r.next());
            assertEquals(SlackOAuthTest.TEAM_B.teamId(), r.getString(1), "only the workspace that stayed");
            assertFalse(r.getString(2).contains("xoxb-"));
            assertFalse(r.next());
        }
        for (String out : List.of(bot.stdout(), bot.stderr())) {
            assertFalse(out.contains(SlackOAuthTest.TEAM_A.botToken()) || out.contains(SlackOAuthTest.TEAM_B.botToken())
                    || out.contains("jar-client-secret") || out.contains(SlackOAuthTest.KEY), "a secret was printed\n" + out);
        }
    }

    @Test
    void aMissingSecretKeyStopsStartUpWithAClearMessage() throws Exception {
        Map<String, String> env = env(SlackJarIT.freePort());
        env.remove("MENTORBOT_SECRET_KEY");
        BotJar bot = children.start(env);
        bot.closeStdin();
        int code = bot.awaitExit(SlackJarIT.START);
        assertNotEquals(0, code, bot.describe());
        assertTrue(bot.stderr().contains("MENTORBOT_SECRET_KEY") && bot.stderr().contains("openssl rand -base64 32"),
                bot.describe());
        assertFalse(bot.stderr().contains("\tat "), "a clear message, not a stack trace\n" + bot.describe());
    }

    /** The subscription's paused reason for a channel, or null when it runs (or is missing). */
    private String pausedReason(String channel) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("tips.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT paused, paused_reason FROM tip_subscriptions WHERE channel_id = '"
                     + channel + "'")) {
            return r.next() && r.getInt(1) == 1 ? r.getString(2) : null;
        } catch (java.sql.SQLException e) {
            return null;
        }
    }

    /** Slack's app_uninstalled event for a team, signed. */
    private static void postUninstall(SignedClient client, String teamId) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused").put("team_id", teamId).put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", "EvJarUninstall").put("event_time", 1_700_000_000);
        root.putObject("event").put("type", "app_uninstalled").put("event_ts", "1700000000.1");
        assertEquals(200, client.postJson(root.toString(), Map.of()).statusCode());
    }
}
