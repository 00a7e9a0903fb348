package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Platform;
import mentorbot.platform.discord.DiscordTipPoster;
import mentorbot.platform.slack.SlackTipPoster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Slack and Discord posters against loopback fakes, driven by the scheduler on virtual time. */
class PlatformPostersTest {

    private static final Instant NINE = Instant.parse("2026-06-15T09:00:00Z");
    private static final String SLACK_OK = "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1750000000.000100\"}";
    private static final String DISCORD_OK = "{\"id\":\"1300000000000000001\",\"channel_id\":\"42\"}";
    private final List<Tip> tips = List.of(new Tip("tip-1", "Ship a small RAG demo <!everyone> @here today & share it.", "rag"));
    private final TipCatalog catalog = Fixtures.catalog(tips);
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private final VirtualTime time = new VirtualTime(NINE.minusSeconds(30));

    private DailyTips run(Platform platform, TipPoster poster, ChannelKey channel) {
        Path data = dir.resolve(channel.channelId());
        DailyTips daily = DailyTips.builder(Fixtures.settings(data), catalog)
                .store(Fixtures.store(data)).timer(time).clock(time).owner("t")
                .random(new java.util.SplittableRandom(1))
                .poster(platform, poster)
                .build();
        daily.store().subscribe(channel, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
        daily.start();
        return daily;
    }

    private static SlackTipPoster slack(LoopbackFake fake) {
        return SlackTipPoster.create(new Settings.Slack(null, fake.baseUrl() + "/api/", null,
                new Secret("xoxb-test"), new Secret("s"), null));
    }

    private static DiscordTipPoster discord(LoopbackFake fake) {
        return DiscordTipPoster.create(new Settings.Discord(null, fake.baseUrl() + "/api/v10", null, null, new Secret("d-token")));
    }

    private static String form(String body, String key) {
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (URLDecoder.decode(kv[0], StandardCharsets.UTF_8).equals(key)) {
                return URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Test
    void slackRateLimitWithRetryAfterTwoIsWaitedOutAndDeliveredOnce() {
        ChannelKey channel = new ChannelKey(Platform.SLACK, "T1", "C1");
        try (LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(200, SLACK_OK, Map.of()))) {
            fake.then(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "2"));
            try (DailyTips daily = run(Platform.SLACK, slack(fake), channel)) {
                time.runUntil(NINE.plusMillis(1999));
                assertEquals(1, fake.requests().size(), "waits the full Retry-After");
                time.runUntil(NINE.plusSeconds(10));
                assertEquals(2, fake.requests().size(), "delivered on the second request and not again");
                LedgerEntry e = daily.store().ledger(channel, 1).get(0);
                assertEquals(PostState.SENT, e.state());
                assertEquals("1750000000.000100", e.messageId());
            }
            LoopbackFake.Recorded r = fake.requests().get(1);
            assertEquals("/api/chat.postMessage", r.path());
            assertEquals("Bearer xoxb-test", r.headers().get("Authorization").get(0));
            assertEquals("C1", form(r.body(), "channel"));
            String text = form(r.body(), "text");
            assertTrue(text.startsWith("Tip of the day"), text);
            String blocks = form(r.body(), "blocks");
            assertTrue(blocks.contains("\"type\":\"header\"") && blocks.contains("Tip of the day"), "rendered as every answer is: " + blocks);
            assertFalse(blocks.contains("<!everyone>"), blocks);
            assertTrue(text.contains("&lt;!everyone&gt;"), "escaped, so it cannot ping: " + text);
            assertFalse(text.contains("<!everyone>"));
            assertTrue(text.contains("From: Entry rag"), text);
            assertTrue(List.of("0", "false").contains(form(r.body(), "link_names")), form(r.body(), "link_names"));
        }
    }

    @Test
    void slackServerErrorIsRetriedAndChannelNotFoundPauses() {
        ChannelKey retried = new ChannelKey(Platform.SLACK, "T1", "C1");
        try (LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(200, SLACK_OK, Map.of()))) {
            fake.then(500, "{\"ok\":false,\"error\":\"internal_error\"}");
            try (DailyTips daily = run(Platform.SLACK, slack(fake), retried)) {
                time.runUntil(NINE.plusSeconds(30));
                assertEquals(2, fake.requests().size());
                assertEquals(PostState.SENT, daily.store().ledger(retried, 1).get(0).state());
            }
        }
        ChannelKey gone = new ChannelKey(Platform.SLACK, "T1", "CGONE");
        try (LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(200,
                "{\"ok\":false,\"error\":\"channel_not_found\"}", Map.of()))) {
            time.set(NINE.plus(Duration.ofDays(1)).minusSeconds(30));
            try (DailyTips daily = run(Platform.SLACK, slack(fake), gone)) {
                time.runUntil(NINE.plus(Duration.ofDays(3)));
                assertEquals(1, fake.requests().size(), "no retry, no further days");
                Subscription s = daily.store().find(gone).orElseThrow();
                assertTrue(s.paused());
                assertEquals("Slack: channel_not_found", s.pausedReason());
            }
        }
    }

    @Test
    void discordRateLimitServerErrorAndDeliveryWithoutMentions() throws Exception {
        ChannelKey channel = new ChannelKey(Platform.DISCORD, "G1", "42");
        try (LoopbackFake fake = new LoopbackFake("/api/v10/", new LoopbackFake.Canned(200, DISCORD_OK, Map.of()))) {
            fake.then(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":2.0,\"global\":false}",
                    Map.of("Retry-After", "2"));
            fake.then(502, "");
            try (DailyTips daily = run(Platform.DISCORD, discord(fake), channel)) {
                time.runUntil(NINE.plusMillis(1999));
                assertEquals(1, fake.requests().size());
                time.runUntil(NINE.plusSeconds(30));
                assertEquals(3, fake.requests().size(), "429 waited out, 502 retried, then delivered once");
                LedgerEntry e = daily.store().ledger(channel, 1).get(0);
                assertEquals(PostState.SENT, e.state());
                assertEquals(3, e.attempts());
                assertEquals("1300000000000000001", e.messageId());
            }
            LoopbackFake.Recorded r = fake.requests().get(2);
            assertEquals("POST", r.method());
            assertEquals("/api/v10/channels/42/messages", r.path());
            assertEquals("Bot d-token", r.headers().get("Authorization").get(0));
            JsonNode body = json.readTree(r.body());
            assertEquals(0, body.path("allowed_mentions").path("parse").size());
            assertTrue(body.path("allowed_mentions").path("parse").isArray());
            assertEquals("Tip of the day", body.path("embeds").get(0).path("title").asText());
            assertEquals("From: Entry rag · daily tips: /tips status", body.path("embeds").get(0).path("footer").path("text").asText());
        }
    }

    @Test
    void discordUnknownChannelAndMissingAccessPause() {
        for (String error : List.of("{\"message\":\"Unknown Channel\",\"code\":10003}", "{\"message\":\"Missing Access\",\"code\":50001}")) {
            ChannelKey channel = new ChannelKey(Platform.DISCORD, "G1", error.contains("10003") ? "1" : "2");
            int status = error.contains("10003") ? 404 : 403;
            try (LoopbackFake fake = new LoopbackFake("/api/v10/", new LoopbackFake.Canned(status, error, Map.of()))) {
                time.set(NINE.minusSeconds(30));
                Path sub = dir.resolve(channel.channelId());
                DailyTips daily = DailyTips.builder(Fixtures.settings(sub), catalog)
                        .store(Fixtures.store(sub)).timer(time).clock(time).owner("t")
                        .poster(Platform.DISCORD, discord(fake)).build();
                try (daily) {
                    daily.store().subscribe(channel, LocalTime.of(9, 0), ZoneOffset.UTC, "U1", time.instant());
                    daily.start();
                    time.runUntil(NINE.plus(Duration.ofDays(2)));
                    assertEquals(1, fake.requests().size());
                    Subscription s = daily.store().find(channel).orElseThrow();
                    assertTrue(s.paused());
                    assertTrue(s.pausedReason().startsWith("Discord: " + (status == 404 ? "10003" : "50001")), s.pausedReason());
                }
            }
        }
    }
}
