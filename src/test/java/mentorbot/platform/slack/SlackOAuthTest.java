package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.testing.MutableClock;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.DailyTips;
import mentorbot.tips.PostResult;
import mentorbot.tips.Subscription;
import mentorbot.tips.TipCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many workspaces through Bolt's OAuth flow, over the real HTTP endpoints and the loopback fake Web API: a browser
 * installs two workspaces ({@code /slack/install}, then Slack's redirect to {@code /slack/oauth_redirect} with the
 * state in the query and the cookie), each workspace's requests are answered with its own token, a bad, expired or
 * replayed state is refused, the database holds no plain token, and an uninstall deletes it and pauses its tips.
 */
class SlackOAuthTest {
    static final String SECRET = "oauth-signing-secret";
    static final String CLIENT_ID = "1111.2222";
    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final FakeSlackApi.Workspace TEAM_A = new FakeSlackApi.Workspace("TAAA", "UBOTA", "xoxb-team-a-7f3e9c1d-secret");
    static final FakeSlackApi.Workspace TEAM_B = new FakeSlackApi.Workspace("TBBB", "UBOTB", "xoxb-team-b-42ab77e0-secret");
    static final Pattern STATE_IN_LINK = Pattern.compile("https://slack\\.com/oauth/v2/authorize\\?[^\"]*state=([0-9a-f-]{36})");

    @TempDir
    Path data;

    private FakeSlackApi api;
    private EchoHandler echo;
    private SlackPlatform slack;
    private SlackOAuthStore store;
    private DailyTips tips;
    private final MutableClock storeClock = new MutableClock(Instant.now());
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private SignedClient signed;

    static Settings oauthSettings(String apiUrl, Path data) {
        return new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", apiUrl, null, new Secret(null), new Secret(SECRET), new Secret(null),
                        new Secret(CLIENT_ID), new Secret("oauth-client-secret"), new Secret(KEY)),
                null, null, data.toString());
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.codes.put("code-a", TEAM_A);
        api.codes.put("code-b", TEAM_B);
        echo = new EchoHandler();
        Settings settings = oauthSettings(api.apiUrl(), data);
        store = SlackOAuthStore.open(settings, storeClock);
        tips = DailyTips.builder(settings, TipCatalog.of(List::of, id -> Optional.empty())).build();
        slack = SlackPlatform.builder(settings, echo, TestCommands.ALL)
                .bindHost("127.0.0.1")
                .workers(1, 64)
                .oauthStore(store)
                .workspaceRemoved((team, reason) -> tips.pauseTeam(Platform.SLACK, team, reason))
                .start();
        signed = new SignedClient(slack.httpPort(), SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        tips.close();
        store.close();
        api.close();
    }

    // ---------------------------------------------------------------- the browser

    /** What a browser keeps from the install page: the state in Slack's link and in the cookie. */
    record Started(String linkState, String cookie) {
    }

    private Started openInstallPage() throws Exception {
        HttpResponse<String> page = get("/slack/install", null);
        assertEquals(200, page.statusCode(), page.body());
        Matcher link = STATE_IN_LINK.matcher(page.body().replace("&amp;", "&"));
        assertTrue(link.find(), "an Add to Slack link to Slack's authorize page with a state: " + page.body());
        assertTrue(page.body().contains("client_id=" + CLIENT_ID), page.body());
        assertTrue(page.body().contains("scope=commands%2Cchat%3Awrite"), "the bot scopes: " + page.body());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.startsWith("slack-app-oauth-state=" + link.group(1) + ";"), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        return new Started(link.group(1), setCookie.substring(0, setCookie.indexOf(';')));
    }

    /** Slack sends the browser back with the code after the person approved; the browser sends its cookie. */
    private HttpResponse<String> redirect(String code, String state, String cookie) throws Exception {
        return get("/slack/oauth_redirect?code=" + code + "&state=" + state, cookie);
    }

    private HttpResponse<String> install(String code) throws Exception {
        Started s = openInstallPage();
        return redirect(code, s.linkState(), s.cookie());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + slack.httpPort() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return browser.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertRefusedPage(HttpResponse<String> page) {
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("This installation link has expired or was already used"), page.body());
        assertTrue(page.body().contains("href=\"/slack/install\""), page.body());
        assertFalse(page.body().contains("Exception") || page.body().contains("at com.") || page.body().contains("at mentorbot."),
                page.body());
    }

    // ---------------------------------------------------------------- installing

    @Test
    void twoWorkspacesInstallAndEachCommandIsAnsweredWithItsOwnWorkspacesToken() throws Exception {
        HttpResponse<String> a = install("code-a");
        assertEquals(200, a.statusCode(), a.body());
        assertTrue(a.body().contains("Thank you!") && a.body().contains("team=" + TEAM_A.teamId()), a.body());
        assertTrue(a.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("slack-app-oauth-state=deleted")),
                "the state cookie is cleared: " + a.headers().allValues("Set-Cookie"));
        assertEquals(200, install("code-b").statusCode());
        assertEquals(2, api.oauthAccess.size(), "one code exchange per installation");
        assertEquals(CLIENT_ID, api.oauthAccess.peek().form().getOrDefault("client_id", CLIENT_ID));
        api.authTests.clear();

        for (FakeSlackApi.Workspace team : List.of(TEAM_A, TEAM_B)) {
            Map<String, String> command = SignedClient.slashCommand("/role", "mlops from " + team.teamId(),
                    api.responseUrl(team.teamId()));
            command.put("team_id", team.teamId());
            HttpResponse<String> ack = signed.postForm(SignedClient.form(command));
            assertEquals(200, ack.statusCode(), ack.body());
            assertTrue(ack.body().contains("Echo /role mlops from " + team.teamId()), ack.body());
            FakeSlackApi.Call authorized = api.authTests.poll(10, TimeUnit.SECONDS);
            assertNotNull(authorized, "Bolt authorizes the command with the team's installation");
            assertEquals(team.botToken(), authorized.token(), "the command of " + team.teamId() + " runs with its token");
            assertEquals(team.teamId(), echo.requests.poll(5, TimeUnit.SECONDS).teamId());
        }

        // Answers that are Web API calls (a DM's answer) carry the workspace's own bot token too.
        for (FakeSlackApi.Workspace team : List.of(TEAM_B, TEAM_A)) {
            assertEquals(200, signed.postJson(dm("Ev" + team.teamId(), team.teamId(), "D" + team.teamId(), "hi"), Map.of())
                    .statusCode());
            FakeSlackApi.Call post = api.nextPost();
            assertNotNull(post, "chat.postMessage expected for " + team.teamId());
            assertEquals("D" + team.teamId(), post.form().get("channel"));
            assertEquals(team.botToken(), post.token());
        }
    }

    @Test
    void aForgedStateIsRefusedBeforeAnyCodeIsExchanged() throws Exception {
        openInstallPage();
        assertRefusedPage(redirect("code-a", "00000000-0000-0000-0000-000000000000",
                "slack-app-oauth-state=00000000-0000-0000-0000-000000000000"));
        assertRefusedPage(get("/slack/oauth_redirect?code=code-a", null)); // no state at all
        assertTrue(api.oauthAccess.isEmpty(), "no oauth.v2.access for a refused state");
        assertTrue(store.installations().find(TEAM_A.teamId()).isEmpty());
    }

    @Test
    void aStateWithoutTheBrowsersCookieIsRefused() throws Exception {
        Started s = openInstallPage();
        assertRefusedPage(redirect("code-a", s.linkState(), null));
        assertRefusedPage(redirect("code-a", s.linkState(), "slack-app-oauth-state=" + openInstallPage().linkState()));
        assertTrue(api.oauthAccess.isEmpty());
    }

    @Test
    void aReplayedStateIsRefused() throws Exception {
        Started s = openInstallPage();
        assertEquals(200, redirect("code-a", s.linkState(), s.cookie()).statusCode());
        api.codes.put("code-b", TEAM_B);
        assertRefusedPage(redirect("code-b", s.linkState(), s.cookie()));
        assertEquals(1, api.oauthAccess.size(), "the replay never reached Slack");
        assertTrue(store.installations().find(TEAM_B.teamId()).isEmpty());
    }

    @Test
    void anExpiredStateIsRefused() throws Exception {
        Started s = openInstallPage();
        storeClock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertRefusedPage(redirect("code-a", s.linkState(), s.cookie()));
        assertTrue(api.oauthAccess.isEmpty());
    }

    @Test
    void aCodeSlackRefusesGetsAClearPage() throws Exception {
        HttpResponse<String> page = install("code-unknown");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("Slack did not confirm the installation") && page.body().contains("invalid_code"),
                page.body());
        assertEquals(405, HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + slack.httpPort() + "/slack/install"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    // ---------------------------------------------------------------- at rest

    @Test
    void theDatabaseNeverHoldsAPlainToken() throws Exception {
        install("code-a");
        install("code-b");
        List<String> sealed = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("tips.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM slack_installations ORDER BY team_id")) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String value = r.getString(i);
                    assertFalse(value != null && (value.contains(TEAM_A.botToken()) || value.contains(TEAM_B.botToken())
                            || value.contains("xoxb-")), meta.getColumnName(i) + " holds a plain token");
                }
                sealed.add(r.getString("bot_token_enc"));
            }
        }
        assertEquals(2, sealed.size());
        assertTrue(sealed.stream().allMatch(v -> v.startsWith("v1:")), sealed.toString());
        assertEquals(TEAM_A.botToken(), store.installations().find(TEAM_A.teamId()).orElseThrow().token());

        // A fresh nonce each time: the same token sealed twice never gives the same column value.
        api.codes.put("code-a2", TEAM_A);
        install("code-a2");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("tips.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT bot_token_enc FROM slack_installations WHERE team_id = 'TAAA'")) {
            assertTrue(r.next());
            assertNotEquals(sealed.get(0), r.getString(1));
        }
    }

    // ---------------------------------------------------------------- removal

    @Test
    void appUninstalledDeletesTheWorkspaceAndPausesItsTipsOnce() throws Exception {
        install("code-a");
        install("code-b");
        Instant now = Clock.systemUTC().instant();
        ChannelKey aTips = new ChannelKey(Platform.SLACK, TEAM_A.teamId(), "CA1");
        ChannelKey bTips = new ChannelKey(Platform.SLACK, TEAM_B.teamId(), "CB1");
        tips.store().subscribe(aTips, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", now);
        tips.store().subscribe(bTips, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", now);

        String uninstalled = event("EvUninstall", TEAM_A.teamId(), Json.MAPPER.createObjectNode()
                .put("type", "app_uninstalled").put("event_ts", "1700000000.1"));
        assertEquals(200, signed.postJson(uninstalled, Map.of()).statusCode());
        assertEquals(200, signed.postJson(uninstalled, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason",
                "http_timeout")).statusCode(), "Slack's retry is acknowledged");

        assertTrue(store.installations().find(TEAM_A.teamId()).isEmpty(), "the installation and its token are gone");
        assertTrue(store.installations().find(TEAM_B.teamId()).isPresent(), "the other workspace stays installed");
        Subscription a = tips.store().find(aTips).orElseThrow();
        assertTrue(a.paused());
        assertEquals(Uninstalls.UNINSTALLED, a.pausedReason());
        assertFalse(tips.store().find(bTips).orElseThrow().paused());

        // The removed workspace's DM is not answered; the other's is, with its token.
        assertEquals(401, signed.postJson(dm("EvAfterA", TEAM_A.teamId(), "DTAAA", "hi"), Map.of()).statusCode());
        assertEquals(200, signed.postJson(dm("EvAfterB", TEAM_B.teamId(), "DTBBB", "hi"), Map.of()).statusCode());
        FakeSlackApi.Call post = api.nextPost();
        assertEquals("DTBBB", post.form().get("channel"));
        assertEquals(TEAM_B.botToken(), post.token());
        assertTrue(api.posts.isEmpty());
    }

    @Test
    void tokensRevokedForTheBotDeletesTheWorkspace() throws Exception {
        install("code-b");
        ObjectNode ev = Json.MAPPER.createObjectNode().put("type", "tokens_revoked").put("event_ts", "1700000000.2");
        ev.putObject("tokens").putArray("bot").add(TEAM_B.botUserId());
        assertEquals(200, signed.postJson(event("EvRevoked", TEAM_B.teamId(), ev), Map.of()).statusCode());
        assertTrue(store.installations().find(TEAM_B.teamId()).isEmpty());
    }

    @Test
    void tipsAndPostsOutsideARequestUseTheChannelsWorkspaceToken() throws Exception {
        install("code-a");
        install("code-b");
        SlackTipPoster poster = new SlackTipPoster(WorkspaceClients.installed(store.installations(),
                SlackTipPoster.client(oauthSettings(api.apiUrl(), data).slack(), List.of())));
        Reply tip = ReplyBuilder.titled("Tip").lead("Practise.").build();
        assertTrue(poster.post(new ChannelKey(Platform.SLACK, TEAM_B.teamId(), "CB9"), tip) instanceof PostResult.Ok);
        FakeSlackApi.Call post = api.nextPost();
        assertEquals("CB9", post.form().get("channel"));
        assertEquals(TEAM_B.botToken(), post.token());

        store.installations().remove(TEAM_A.teamId());
        PostResult gone = poster.post(new ChannelKey(Platform.SLACK, TEAM_A.teamId(), "CA9"), tip);
        assertEquals(new PostResult.Permanent(SlackTipPoster.NOT_INSTALLED, true), gone,
                "a workspace without its installation pauses the channel");

        SlackMentorPort port = new SlackMentorPort(WorkspaceClients.installed(store.installations(),
                SlackTipPoster.client(oauthSettings(api.apiUrl(), data).slack(), List.of())));
        assertTrue(port.directMessage(TEAM_B.teamId(), "U7", tip));
        assertEquals(TEAM_B.botToken(), api.opens.poll(5, TimeUnit.SECONDS).token());
        assertFalse(port.directMessage(TEAM_A.teamId(), "U7", tip));
    }

    private static String dm(String eventId, String teamId, String channel, String text) {
        return event(eventId, teamId, Json.MAPPER.createObjectNode().put("type", "message").put("channel", channel)
                .put("channel_type", "im").put("user", "U1").put("text", text).put("team", teamId)
                .put("ts", "170." + Integer.toUnsignedString(eventId.hashCode())).put("event_ts", "170.1"));
    }

    private static String event(String eventId, String teamId, ObjectNode event) {
        ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused")
                .put("team_id", teamId)
                .put("api_app_id", "A1")
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", 1_700_000_000);
        root.set("event", event);
        return root.toString();
    }
}
