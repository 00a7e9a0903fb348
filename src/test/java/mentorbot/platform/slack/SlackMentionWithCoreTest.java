package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import mentorbot.Core;
import mentorbot.config.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mentions answered by the real core (the knowledge in config/knowledge) over the Slack wire: a follow-up in the
 * thread is answered on the thread's subject, whoever asks it; hostile questions get a clear threaded answer that
 * pings no one.
 */
@Timeout(120)
class SlackMentionWithCoreTest {

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        start(SlackHttpModeTest.httpSettings(api.apiUrl()));
    }

    private void start(Settings settings) throws Exception {
        Core core = Core.create(settings, Clock.systemUTC(), Ticker.systemTicker(), RandomGenerator.getDefault(), List.of());
        slack = SlackPlatform.builder(settings, core.handler(), core.commands()).bindHost("127.0.0.1").workers(1, 64)
                .knowledge(core.knowledge()).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    /** Mentions the bot with {@code question} and returns the one threaded answer, all its text (fallback and blocks). */
    private String ask(String eventId, String ts, String user, String question, String thread) throws Exception {
        String event = SlackMentionTest.mention(eventId, ts, user, "<@" + FakeSlackApi.BOT_USER + "> " + question, thread);
        assertEquals(200, client.postJson(event, Map.of()).statusCode());
        FakeSlackApi.Call post = api.nextPost();
        assertNotNull(post, "an answer to " + question);
        assertEquals(SlackMentionTest.CHANNEL, post.form().get("channel"));
        assertEquals(thread == null ? ts : thread, post.form().get("thread_ts"));
        Json.assertNothingUnescaped(Json.parse(post.form().get("blocks")));
        return post.form().get("text") + "\n" + post.form().get("blocks");
    }

    @Test
    void aFollowUpMentionInTheThreadIsAnsweredOnTheThreadsSubject() throws Exception {
        String first = ask("EvC1", "800.100", "U1", "what does an MLOps engineer earn?", null);
        assertTrue(first.contains("MLOps"), first);
        String followUp = ask("EvC2", "800.200", "U2", "and the senior level?", "800.100");
        assertTrue(followUp.contains("MLOps"), "on the thread's subject, asked by someone else: " + followUp);
        String elsewhere = ask("EvC3", "900.100", "U2", "and the senior level?", null);
        assertFalse(elsewhere.contains("MLOps Engineer"), "a new thread starts afresh: " + elsewhere);
    }

    @Test
    void mentionsAreRateLimitedPerPersonAndTheNoticeGoesInTheirThread() throws Exception {
        slack.close();
        Settings.Slack slackSettings = SlackHttpModeTest.httpSettings(api.apiUrl()).slack();
        start(new Settings(null, null, null, new Settings.RateLimit(1, 1), null, new Settings.Http(0), slackSettings,
                null, null, null));
        assertTrue(ask("EvR1", "820.100", "U1", "what does an MLOps engineer earn?", null).contains("MLOps"));
        String second = ask("EvR2", "820.200", "U1", "what does an NLP engineer do?", null);
        assertTrue(second.contains("One moment, please"), "the same person, at once: " + second);
        assertTrue(ask("EvR3", "820.300", "U2", "what does an NLP engineer do?", null).contains("NLP"),
                "someone else is answered");
    }

    @Test
    void badInputGetsAClearThreadedAnswerThatPingsNoOne() throws Exception {
        String empty = ask("EvB1", "810.100", "U1", "", null);
        assertTrue(empty.contains("Ask me something after the mention"), empty);

        String longOne = ask("EvB2", "810.200", "U1", "what does an MLOps engineer earn? " + "a".repeat(10_000), null);
        assertTrue(longOne.contains("read only its first"), "says the message was cut: " + longOne.substring(0, 400));

        String broadcast = ask("EvB3", "810.300", "U1", "<!everyone> <!channel> <!here> <@U999> what is a vector store?", null);
        String markup = ask("EvB4", "810.400", "U1", "*what* `is` <https://evil.test|RAG> &lt;script&gt;?", null);
        for (String answer : List.of(empty, longOne, broadcast, markup)) {
            for (String ping : List.of("<!everyone>", "<!channel>", "<!here>", "<@U")) {
                assertFalse(answer.contains(ping), ping + " in " + answer);
            }
        }
    }
}
