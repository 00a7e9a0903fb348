package mentorbot.tips;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.platform.discord.DiscordTipPoster;
import mentorbot.platform.slack.SlackTipPoster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One request per call, each platform answer mapped to the right outcome. */
class PosterErrorMappingTest {

    private static final ChannelKey SLACK_CHANNEL = new ChannelKey(Platform.SLACK, "T1", "C1");
    private static final ChannelKey DISCORD_CHANNEL = new ChannelKey(Platform.DISCORD, "G1", "42");
    private final Reply reply = TipMessages.tipOfTheDay(new Tip("t", "Practise prompt evaluation.", "x"),
            Fixtures.catalog(List.of()));

    private static SlackTipPoster slack(LoopbackFake fake) {
        return SlackTipPoster.create(new Settings.Slack(null, fake.baseUrl() + "/api/", null, new Secret("xoxb"), null, null));
    }

    @ParameterizedTest
    @CsvSource({
            "channel_not_found, PERMANENT_GONE",
            "not_in_channel, PERMANENT_GONE",
            "is_archived, PERMANENT_GONE",
            "invalid_auth, PERMANENT",
            "internal_error, TRANSIENT",
            "fatal_error, TRANSIENT"})
    void slackErrorCodes(String error, String expected) {
        try (LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(200,
                "{\"ok\":false,\"error\":\"" + error + "\"}", Map.of()))) {
            PostResult r = slack(fake).post(SLACK_CHANNEL, reply);
            assertEquals(expected, kind(r), r.toString());
            assertEquals(1, fake.requests().size(), "the poster itself never retries");
        }
    }

    @Test
    void slackRetryAfterHeaderAndServerError() {
        try (LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(503, "", Map.of()))) {
            fake.then(429, "{\"ok\":false,\"error\":\"ratelimited\"}", Map.of("Retry-After", "7"));
            SlackTipPoster poster = slack(fake);
            PostResult limited = poster.post(SLACK_CHANNEL, reply);
            assertEquals(Duration.ofSeconds(7), assertInstanceOf(PostResult.RetryAfter.class, limited).delay());
            assertEquals("TRANSIENT", kind(poster.post(SLACK_CHANNEL, reply)));
        }
    }

    @Test
    void slackUnreachableIsTransient() {
        LoopbackFake fake = new LoopbackFake("/api/", new LoopbackFake.Canned(200, "{}", Map.of()));
        SlackTipPoster poster = slack(fake);
        fake.close();
        assertEquals("TRANSIENT", kind(poster.post(SLACK_CHANNEL, reply)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "404 | {\"message\":\"Unknown Channel\",\"code\":10003} | PERMANENT_GONE",
            "403 | {\"message\":\"Missing Access\",\"code\":50001} | PERMANENT_GONE",
            "401 | {\"message\":\"401: Unauthorized\",\"code\":0} | PERMANENT",
            "500 | {} | TRANSIENT",
            "503 | | TRANSIENT"})
    void discordAnswers(int status, String body, String expected) {
        try (LoopbackFake fake = new LoopbackFake("/api/v10/", new LoopbackFake.Canned(status, body == null ? "" : body, Map.of()))) {
            DiscordTipPoster poster = DiscordTipPoster.create(new Settings.Discord(null, fake.baseUrl() + "/api/v10", null, null, new Secret("d")));
            assertEquals(expected, kind(poster.post(DISCORD_CHANNEL, reply)));
        }
    }

    @Test
    void discordRetryAfterFromHeaderAndTimeout() {
        try (LoopbackFake fake = new LoopbackFake("/api/v10/", new LoopbackFake.Canned(429, "", Map.of("Retry-After", "3")))) {
            DiscordTipPoster poster = DiscordTipPoster.create(new Settings.Discord(null, fake.baseUrl() + "/api/v10", null, null, new Secret("d")));
            PostResult r = poster.post(DISCORD_CHANNEL, reply);
            assertEquals(Duration.ofSeconds(3), assertInstanceOf(PostResult.RetryAfter.class, r).delay());
        }
        try (LoopbackFake slow = new LoopbackFake("/api/v10/", new LoopbackFake.Canned(200, "{\"id\":\"1\"}", Map.of()))) {
            slow.delay(Duration.ofSeconds(2));
            DiscordTipPoster poster = new DiscordTipPoster(HttpClient.newHttpClient(), slow.baseUrl() + "/api/v10", "d",
                    Duration.ofMillis(200));
            PostResult r = poster.post(DISCORD_CHANNEL, reply);
            assertEquals("TRANSIENT", kind(r));
            assertTrue(((PostResult.Transient) r).reason().contains("timeout"), r.toString());
        }
    }

    private static String kind(PostResult r) {
        if (r instanceof PostResult.Ok) {
            return "OK";
        }
        if (r instanceof PostResult.RetryAfter) {
            return "RETRY_AFTER";
        }
        if (r instanceof PostResult.Transient) {
            return "TRANSIENT";
        }
        return ((PostResult.Permanent) r).channelGone() ? "PERMANENT_GONE" : "PERMANENT";
    }
}
