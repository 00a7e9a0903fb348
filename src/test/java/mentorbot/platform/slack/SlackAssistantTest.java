package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The assistant panel over the wire (HTTP mode, signed events, the loopback fake Web API): a new thread gets the
 * knowledge's starter questions as suggested prompts; a message there gets a status, then one answer in the thread;
 * a plain DM is still answered by the DM listener, and nothing is answered twice.
 */
class SlackAssistantTest {

    static final String PANEL = "D0PANEL";
    static final String THREAD = "1729999327.187299";

    private FakeSlackApi api;
    private EchoHandler echo;
    private KnowledgeSource knowledge;
    private SlackPlatform slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        echo = new EchoHandler();
        knowledge = KnowledgeSource.open(Path.of("config/knowledge"));
        slack = SlackPlatform.builder(SlackHttpModeTest.httpSettings(api.apiUrl()), echo, TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 64).knowledge(knowledge).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
        assertEquals("auth.test", api.methods.poll(5, TimeUnit.SECONDS));
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    static String threadStarted(String eventId) {
        ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused").put("team_id", "T1").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
        ObjectNode ev = root.putObject("event").put("type", "assistant_thread_started").put("event_ts", "1729999327.2");
        ObjectNode thread = ev.putObject("assistant_thread").put("user_id", "U1").put("channel_id", PANEL)
                .put("thread_ts", THREAD);
        thread.putObject("context").put("channel_id", "C0VIEWING").put("team_id", "T1");
        return root.toString();
    }

    private void send(String event) throws Exception {
        send(event, Map.of());
    }

    private void send(String event, Map<String, String> headers) throws Exception {
        assertEquals(200, client.postJson(event, headers).statusCode(), event);
    }

    /** The Web API methods called until {@code last} (included), in order; fails after a bounded wait. */
    private List<String> methodsUntil(String last) throws Exception {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String m = api.methods.poll(10, TimeUnit.SECONDS);
            if (m == null) {
                break;
            }
            if (!m.equals("auth.test")) { // Bolt checks the token again on its first request
                out.add(m);
            }
            if (m.equals(last)) {
                return out;
            }
        }
        throw new AssertionError("no " + last + " after " + out);
    }

    @Test
    void aNewThreadGetsThreeOrFourSuggestedPromptsFromTheKnowledge() throws Exception {
        send(threadStarted("EvStart1"));
        FakeSlackApi.Call prompts = api.assistant.poll(10, TimeUnit.SECONDS);
        assertNotNull(prompts, "setSuggestedPrompts expected");
        assertEquals("/api/assistant.threads.setSuggestedPrompts", prompts.path());
        assertEquals(PANEL, prompts.form().get("channel_id"));
        assertEquals(THREAD, prompts.form().get("thread_ts"));
        assertEquals(AssistantPanel.PROMPTS_TITLE, prompts.form().get("title"));
        JsonNode sent = Json.parse(prompts.form().get("prompts"));
        assertTrue(sent.size() >= 3 && sent.size() <= 4, sent.toString());
        List<StarterQuestions.Starter> expected = StarterQuestions.from(knowledge.current());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(expected.get(i).title(), sent.get(i).path("title").asText());
            assertEquals(expected.get(i).question(), sent.get(i).path("message").asText());
            String example = expected.get(i).question().toLowerCase(java.util.Locale.ROOT).replaceAll("\\?$", "");
            assertTrue(knowledge.current().entries().stream().flatMap(e -> e.questions().stream())
                    .anyMatch(q -> q.toLowerCase(java.util.Locale.ROOT).replaceAll("\\?$", "").equals(example)),
                    "an example question of the knowledge: " + example);
        }
        send(threadStarted("EvStart1"), Map.of("X-Slack-Retry-Num", "1"));
        send(SlackHttpModeTest.messageEvent("EvSentinel", "D9", "U1", "sentinel", null, null));
        assertEquals("D9", api.nextPost().form().get("channel"));
        assertNull(api.assistant.poll(), "a retried thread start sets nothing again");
        assertTrue(api.posts.isEmpty(), "a new thread posts nothing");
    }

    @Test
    void aMessageInTheThreadGetsAStatusThenOneAnswerInTheThread() throws Exception {
        String message = SlackHttpModeTest.messageEvent("EvAsk1", "1729999400.1", PANEL, "U1",
                "what does an MLOps engineer earn?", THREAD, null);
        send(message);
        assertEquals(List.of("assistant.threads.setStatus", "chat.postMessage"), methodsUntil("chat.postMessage"),
                "the status first, then the answer");
        FakeSlackApi.Call status = api.assistant.poll(5, TimeUnit.SECONDS);
        assertEquals(PANEL, status.form().get("channel_id"));
        assertEquals(THREAD, status.form().get("thread_ts"));
        assertEquals(AssistantPanel.STATUS, status.form().get("status"));
        FakeSlackApi.Call answer = api.nextPost();
        assertEquals(PANEL, answer.form().get("channel"));
        assertEquals(THREAD, answer.form().get("thread_ts"));
        assertTrue(answer.form().get("text").startsWith("Echo question what does an MLOps engineer earn?"));
        assertEquals(Request.freeText(Platform.SLACK, "T1", "U1", PANEL, "what does an MLOps engineer earn?").inThread(THREAD),
                echo.requests.poll(5, TimeUnit.SECONDS), "asked in the assistant thread: its own context");

        send(message, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        send(SlackHttpModeTest.messageEvent("EvSentinel", "D9", "U1", "a plain DM", null, null));
        FakeSlackApi.Call plain = api.nextPost();
        assertEquals("D9", plain.form().get("channel"), "the retry is not answered again");
        assertNull(plain.form().get("thread_ts"));
        assertEquals(List.of("chat.postMessage"), methodsUntil("chat.postMessage"), "a plain DM: no status");
        assertTrue(api.posts.isEmpty());
        assertEquals("a plain DM", echo.requests.poll(5, TimeUnit.SECONDS).text());
        assertTrue(echo.requests.isEmpty(), "each message reached the core once");
    }

    @Test
    void theBotsOwnAnswerInTheThreadAndEditsThereAreNotAnswered() throws Exception {
        send(SlackHttpModeTest.messageEvent("EvOwn", "1729999500.1", PANEL, FakeSlackApi.BOT_USER, "my answer", THREAD,
                FakeSlackApi.BOT_ID));
        send(SlackHttpModeTest.messageEvent("EvOwn2", "1729999500.2", PANEL, FakeSlackApi.BOT_USER, "my answer", THREAD, null));
        send("{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"EvEdit\","
                + "\"event_time\":1,\"event\":{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"" + PANEL + "\","
                + "\"channel_type\":\"im\",\"hidden\":true,\"ts\":\"1729999500.4\",\"event_ts\":\"1729999500.4\","
                + "\"message\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"edited\",\"ts\":\"1729999500.3\",\"thread_ts\":\""
                + THREAD + "\"}}}");
        send(SlackHttpModeTest.messageEvent("EvSentinel", "D9", "U1", "sentinel", null, null));
        assertEquals("D9", api.nextPost().form().get("channel"));
        assertTrue(api.posts.isEmpty());
        assertTrue(api.assistant.isEmpty(), "no status for what is not answered");
        assertEquals("sentinel", echo.requests.poll(5, TimeUnit.SECONDS).text());
        assertTrue(echo.requests.isEmpty());
    }

    @Test
    void aContextChangeIsAcknowledgedAndCallsNothing() throws Exception {
        ObjectNode changed = (ObjectNode) Json.parse(threadStarted("EvChanged"));
        ((ObjectNode) changed.get("event")).put("type", "assistant_thread_context_changed");
        send(changed.toString());
        send(SlackHttpModeTest.messageEvent("EvSentinel", "D9", "U1", "sentinel", null, null));
        assertEquals(List.of("chat.postMessage"), methodsUntil("chat.postMessage"), "no Web API call for the change");
        assertTrue(api.assistant.isEmpty());
    }

    @Test
    void badInputInTheThreadGetsAnEscapedAnswerThere() throws Exception {
        String text = "<!everyone> <!here> <@U999> *markup* <https://x.test|x> " + "y".repeat(10_000);
        send(SlackHttpModeTest.messageEvent("EvBad", "1729999600.1", PANEL, "U1", text, THREAD, null));
        FakeSlackApi.Call answer = api.nextPost();
        assertNotNull(answer);
        assertEquals(THREAD, answer.form().get("thread_ts"));
        String posted = answer.form().get("text") + answer.form().get("blocks");
        for (String ping : List.of("<!everyone>", "<!here>", "<@U999>")) {
            assertFalse(posted.contains(ping), ping);
        }
        Json.assertNothingUnescaped(Json.parse(answer.form().get("blocks")));
    }
}
