package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "@mentor-bot …" in a channel, over the wire (HTTP mode, signed events, the loopback fake Web API): one public post in
 * the mention's thread, the bot's own mention taken out of the question, retries and redeliveries answered once,
 * bots, the bot itself and edits ignored. One worker: a later sentinel's post proves nothing else was posted.
 */
class SlackMentionTest {

    static final String CHANNEL = "C0CAREERS";

    private FakeSlackApi api;
    private EchoHandler echo;
    private SlackPlatform slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        echo = new EchoHandler();
        slack = SlackPlatform.builder(SlackHttpModeTest.httpSettings(api.apiUrl()), echo, TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 64)
                .knowledge(KnowledgeSource.open(Path.of("config/knowledge")))
                .start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    /** An app_mention event as Slack sends it; {@code threadTs} null for a message outside a thread. */
    static String mention(String eventId, String ts, String user, String text, String threadTs) {
        ObjectNode ev = Json.MAPPER.createObjectNode()
                .put("type", "app_mention")
                .put("user", user)
                .put("text", text)
                .put("ts", ts)
                .put("channel", CHANNEL)
                .put("event_ts", ts);
        if (threadTs != null) {
            ev.put("thread_ts", threadTs);
        }
        ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused")
                .put("team_id", "T1")
                .put("api_app_id", "A1")
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", 1_700_000_000);
        root.set("event", ev);
        return root.toString();
    }

    private void send(String event) throws Exception {
        send(event, Map.of());
    }

    private void send(String event, Map<String, String> headers) throws Exception {
        assertEquals(200, client.postJson(event, headers).statusCode(), event);
    }

    /** The next post, which must be in {@link #CHANNEL}. */
    private FakeSlackApi.Call post() throws Exception {
        FakeSlackApi.Call post = api.nextPost();
        assertNotNull(post, "chat.postMessage expected");
        assertEquals(CHANNEL, post.form().get("channel"));
        return post;
    }

    @Test
    void aMentionGetsOnePostInItsThreadAndARetryOfTheEventGetsNone() throws Exception {
        String event = mention("EvM1", "300.100", "U1", "<@" + FakeSlackApi.BOT_USER + "> what does an MLOps engineer earn?", null);
        send(event);
        send(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        send(mention("EvM1again", "300.100", "U1", "<@" + FakeSlackApi.BOT_USER + "> what does an MLOps engineer earn?", null));
        send(mention("EvSentinel", "301.100", "U1", "<@" + FakeSlackApi.BOT_USER + "> sentinel", null));

        FakeSlackApi.Call answer = post();
        assertEquals("300.100", answer.form().get("thread_ts"), "in a thread on the mention");
        assertEquals("0", answer.form().get("link_names"), "names typed as @name are not turned into mentions");
        JsonNode blocks = Json.parse(answer.form().get("blocks"));
        assertEquals("Echo question what does an MLOps engineer earn?", blocks.get(0).path("text").path("text").asText());
        assertEquals("301.100", post().form().get("thread_ts"), "the retry and the redelivery are not answered again");
        assertTrue(api.posts.isEmpty());

        Request asked = echo.requests.poll(5, TimeUnit.SECONDS);
        assertEquals(Request.freeText(Platform.SLACK, "T1", "U1", CHANNEL, "what does an MLOps engineer earn?")
                .inThread("300.100"), asked, "the bot's mention taken out; asked in the mention's thread");
        assertEquals("sentinel", echo.requests.poll(5, TimeUnit.SECONDS).text());
        assertTrue(echo.requests.isEmpty());
    }

    @Test
    void aMentionInsideAThreadIsAnsweredInThatThreadAndSharesItsContext() throws Exception {
        send(mention("EvT1", "400.100", "U1", "<@" + FakeSlackApi.BOT_USER + "|mentor-bot>, tell me about NLP engineers", null));
        send(mention("EvT2", "400.200", "U2", "<@" + FakeSlackApi.BOT_USER + "> and the senior level?", "400.100"));
        assertEquals("400.100", post().form().get("thread_ts"));
        assertEquals("400.100", post().form().get("thread_ts"), "the follow-up goes into the same thread");
        Request first = echo.requests.poll(5, TimeUnit.SECONDS);
        Request second = echo.requests.poll(5, TimeUnit.SECONDS);
        assertEquals("tell me about NLP engineers", first.text());
        assertEquals("and the senior level?", second.text());
        assertEquals(first.conversation(), second.conversation(), "one context for the thread, whoever asks");
    }

    @Test
    void anEmptyMentionGetsAShortHintInItsThreadWithQuestionsFromTheKnowledgeThroughTheCore() throws Exception {
        send(mention("EvEmpty", "500.100", "U1", "<@" + FakeSlackApi.BOT_USER + ">  ", null));
        FakeSlackApi.Call hint = post();
        assertEquals("500.100", hint.form().get("thread_ts"));
        JsonNode blocks = Json.parse(hint.form().get("blocks"));
        assertEquals("Ask me something after the mention", blocks.get(0).path("text").path("text").asText());
        assertTrue(blocks.toString().contains("@mentor-bot "), blocks.toString());
        assertTrue(blocks.toString().contains("mb:run:role"), "buttons that run the main commands: " + blocks);
        Json.assertNothingUnescaped(blocks);
        Request asked = echo.requests.poll(5, TimeUnit.SECONDS);
        assertEquals("", asked.text(), "through the core, which rate-limits it like a question");
        assertEquals("U1", asked.userId());
        assertTrue(api.ephemerals.isEmpty());
    }

    @Test
    void markupAndBroadcastsInTheQuestionAreEscapedInTheThreadedAnswer() throws Exception {
        String text = "<@" + FakeSlackApi.BOT_USER + "> <!everyone> <!channel> <!here> <@U999> *bold* <https://x.test|click> & "
                + "x".repeat(10_000);
        send(mention("EvHostile", "600.100", "U1", text, null));
        FakeSlackApi.Call answer = post();
        assertEquals("600.100", answer.form().get("thread_ts"));
        String posted = answer.form().get("text") + answer.form().get("blocks");
        for (String ping : List.of("<!everyone>", "<!channel>", "<!here>", "<@U999>", "<@U1>")) {
            assertFalse(posted.contains(ping), ping + " would ping: " + posted.substring(0, 300));
        }
        assertTrue(answer.form().get("text").contains("&lt;!everyone&gt;"), "echoed, escaped");
        Json.assertNothingUnescaped(Json.parse(answer.form().get("blocks")));
        BlockKitRendererTest.assertWithinLimits(Json.parse(answer.form().get("blocks")));
    }

    @Test
    void mentionsByBotsByTheBotItselfAndEditsAreIgnored() throws Exception {
        String bot = "<@" + FakeSlackApi.BOT_USER + "> ";
        ObjectNode otherBot = (ObjectNode) Json.parse(mention("EvBot", "700.1", "U999", bot + "beep", null));
        ((ObjectNode) otherBot.get("event")).put("bot_id", "B999");
        ObjectNode edited = (ObjectNode) Json.parse(mention("EvEdited", "700.2", "U1", bot + "edited", null));
        ((ObjectNode) edited.get("event")).putObject("edited").put("user", "U1").put("ts", "700.3");
        ObjectNode subtype = (ObjectNode) Json.parse(mention("EvSub", "700.4", "U1", bot + "bot message", null));
        ((ObjectNode) subtype.get("event")).put("subtype", "bot_message");
        String own = mention("EvOwn", "700.5", FakeSlackApi.BOT_USER, bot + "my own", null);
        for (String e : List.of(otherBot.toString(), edited.toString(), subtype.toString(), own)) {
            send(e);
        }
        send(mention("EvSentinel", "701.1", "U1", bot + "sentinel", null));
        assertEquals("701.1", post().form().get("thread_ts"), "only the sentinel is answered");
        assertTrue(api.posts.isEmpty());
        assertEquals("sentinel", echo.requests.poll(5, TimeUnit.SECONDS).text());
        assertTrue(echo.requests.isEmpty());
    }

    @Test
    void theBotsMentionIsTakenOutWhereverItIs() {
        assertEquals("what pays more?", MentionText.question("<@UBOT> what pays more?", "UBOT"));
        assertEquals("what pays more?", MentionText.question("<@UBOT|mentor-bot>: what pays more?", "UBOT"));
        assertEquals("ask <@U2> and me", MentionText.question("ask <@U2> and <@UBOT> me", "UBOT"));
        assertEquals("", MentionText.question("<@UBOT> <@UBOT>", "UBOT"));
        assertEquals("", MentionText.question(null, "UBOT"));
    }
}
