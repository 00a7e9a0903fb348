package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    /**
     * One request a minute: a second mention at once is refused, and only its asker is told, in the thread
     * ({@code chat.postEphemeral}); nothing public is posted for it, then or later. A bare mention counts too.
     */
    @Test
    void aRateLimitedMentionIsToldToItsAskerAloneAndABareMentionCounts() throws Exception {
        slack.close();
        Settings.Slack slackSettings = SlackHttpModeTest.httpSettings(api.apiUrl()).slack();
        start(new Settings(null, null, null, new Settings.RateLimit(1, 1), null, new Settings.Http(0), slackSettings,
                null, null, null));
        assertTrue(ask("EvR1", "820.100", "U1", "what does an MLOps engineer earn?", null).contains("MLOps"));
        String refused = SlackMentionTest.mention("EvR2", "820.200", "U1",
                "<@" + FakeSlackApi.BOT_USER + "> what does an NLP engineer do?", null);
        assertEquals(200, client.postJson(refused, Map.of()).statusCode());
        FakeSlackApi.Call notice = api.ephemerals.poll(10, TimeUnit.SECONDS);
        assertNotNull(notice, "the slow-down, to its asker");
        assertEquals(SlackMentionTest.CHANNEL, notice.form().get("channel"));
        assertEquals("U1", notice.form().get("user"));
        assertEquals("820.200", notice.form().get("thread_ts"), "in the thread the answer would have started");
        assertTrue(notice.form().get("text").contains("One moment, please"), notice.form().toString());
        Json.assertNothingUnescaped(Json.parse(notice.form().get("blocks")));

        // One worker, in order: the next public post is someone else's answer, not the refused question's.
        assertTrue(ask("EvR3", "820.300", "U2", "what does an NLP engineer do?", null).contains("NLP"),
                "someone else is answered");
        assertTrue(ask("EvR4", "820.400", "U3", "", null).contains("Ask me something after the mention"));
        String afterBare = SlackMentionTest.mention("EvR5", "820.500", "U3",
                "<@" + FakeSlackApi.BOT_USER + "> what does an NLP engineer do?", null);
        assertEquals(200, client.postJson(afterBare, Map.of()).statusCode());
        FakeSlackApi.Call second = api.ephemerals.poll(10, TimeUnit.SECONDS);
        assertNotNull(second, "the bare mention used the person's one request");
        assertEquals("U3", second.form().get("user"));
        assertEquals("820.500", second.form().get("thread_ts"));
        slack.close(); // lets every accepted answer finish: nothing more may follow
        slack = null;
        assertTrue(api.posts.isEmpty(), "no public post for a refused mention: " + api.posts);
        assertTrue(api.ephemerals.isEmpty(), "one notice per refused mention: " + api.ephemerals);
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
