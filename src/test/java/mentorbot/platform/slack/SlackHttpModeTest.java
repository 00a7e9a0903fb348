package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.UserKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP mode over the real wire: Jetty on 127.0.0.1, signed requests, a loopback fake Slack Web API. */
class SlackHttpModeTest {
    static final String SECRET = "test-signing-secret";
    static final String BOT_TOKEN = "xoxb-test-token-1234";

    private FakeSlackApi api;
    private EchoHandler echo;
    private RequestHandler handler;
    private SlackPlatform slack;
    private SignedClient client;

    static Settings httpSettings(String apiUrl) {
        return new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", apiUrl, null, new Secret(BOT_TOKEN), new Secret(SECRET), new Secret(null)),
                null, null, null);
    }

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        echo = new EchoHandler();
        handler = mock(RequestHandler.class, delegatesTo(echo));
        // One worker: requests are answered in order, so "nothing else was posted" can be checked
        // after a later sentinel request arrives, without waiting on a clock.
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), handler, TestCommands.ALL)
                .bindHost("127.0.0.1")
                .workers(1, 64)
                .start();
        client = new SignedClient(slack.httpPort(), SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    @Test
    void bindsAnEphemeralPortAndAnswersHealthz() throws Exception {
        assertTrue(slack.httpPort() > 0);
        assertEquals("http", slack.mode());
        HttpResponse<String> health = client.get("/healthz");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\",\"platforms\":{\"slack\":\"connected\"}}", health.body());
    }

    @Test
    void answersSlacksUrlVerificationChallenge() throws Exception {
        HttpResponse<String> resp = client.postJson(
                "{\"token\":\"legacy-unused\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}", Map.of());
        assertEquals(200, resp.statusCode());
        assertEquals("c-123", resp.body());
        verify(handler, never()).handle(any());
    }

    @Test
    void everyCommandIsAnsweredInTheAckWithBlockKit() throws Exception {
        String text = "mlops & <!channel> <@U123>";
        String escaped = "mlops &amp; &lt;!channel&gt; &lt;@U123&gt;";
        for (var spec : TestCommands.ALL) {
            String name = spec.name();
            HttpResponse<String> resp = client.postForm(SignedClient.form(
                    SignedClient.slashCommand("/" + name, text, api.responseUrl(name))));
            assertEquals(200, resp.statusCode(), name + ": " + resp.body());
            JsonNode ack = Json.parse(resp.body());
            assertEquals("ephemeral", ack.get("response_type").asText(), name);
            assertTrue(ack.get("text").asText().startsWith("Echo /" + name + " " + escaped), ack.get("text").asText());
            JsonNode blocks = ack.get("blocks");
            assertEquals("header", blocks.get(0).get("type").asText());
            assertEquals("Echo /" + name + " " + escaped, blocks.get(0).get("text").get("text").asText());
            assertEquals("You wrote: " + escaped, blocks.get(1).get("text").get("text").asText());
            assertEquals("*Input*\n" + escaped, blocks.get(2).get("fields").get(0).get("text").asText());
            assertEquals("*About " + escaped + "*\nText " + escaped + "\n• item " + escaped + "\n• second item",
                    blocks.get(3).get("text").get("text").asText());
            assertEquals("footer " + escaped, blocks.get(4).get("elements").get(0).get("text").asText());
            JsonNode buttons = blocks.get(5).get("elements");
            assertEquals("mb:run:salary senior", buttons.get(0).get("value").asText());
            assertTrue(buttons.get(2).get("value").asText().matches("mb:share:[0-9a-f]{24}"), "the key of this very reply: "
                    + buttons.get(2).get("value").asText());
            BlockKitRendererTest.assertWithinLimits(blocks);
            Json.assertNothingUnescaped(ack);

            Request got = echo.requests.poll(5, TimeUnit.SECONDS);
            assertEquals(Request.command(Platform.SLACK, "T1", "U1", "C1", name, text), got);
            assertEquals(new UserKey(Platform.SLACK, "T1", "U1"), got.user());
        }
    }

    @Test
    void aCommandMissingFromTheListStillReachesTheCore() throws Exception {
        HttpResponse<String> resp = client.postForm(SignedClient.form(
                SignedClient.slashCommand("/notyet", "x", api.responseUrl("n"))));
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals(Request.command(Platform.SLACK, "T1", "U1", "C1", "notyet", "x"),
                echo.requests.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void forgedMissingOrStaleSignaturesGet401AndRunNoHandler() throws Exception {
        String body = SignedClient.form(SignedClient.slashCommand("/role", "mlops", api.responseUrl("x")));
        String form = "application/x-www-form-urlencoded";
        assertEquals(401, client.send(body, form, SignedClient.now(), "wrong-secret", Map.of()).statusCode());
        assertEquals(401, client.send(body, form, SignedClient.now(), null, Map.of()).statusCode());
        assertEquals(401, client.send(body, form, SignedClient.now() - 6 * 60, SECRET, Map.of()).statusCode());
        String event = messageEvent("EvForged", "D1", "U1", "hi", null, null);
        assertEquals(401, client.send(event, "application/json", SignedClient.now(), "wrong-secret", Map.of()).statusCode());
        verify(handler, never()).handle(any());

        // The same request, rightly signed, does run the handler: the check above can fail.
        assertEquals(200, client.postForm(body).statusCode());
        verify(handler, times(1)).handle(any());
    }

    @Test
    void directMessageIsAnsweredInTheSameDmAndThread() throws Exception {
        assertEquals(200, client.postJson(messageEvent("Ev1", "D1", "U1", "do I need a PhD? <!here>", null, null),
                Map.of()).statusCode());
        FakeSlackApi.Call post = api.nextPost();
        assertNotNull(post, "chat.postMessage expected");
        assertEquals("D1", post.form().get("channel"));
        assertNull(post.form().get("thread_ts"));
        assertTrue(post.form().get("text").contains("do I need a PhD? &lt;!here&gt;"), post.form().get("text"));
        JsonNode blocks = Json.parse(post.form().get("blocks"));
        assertEquals("Echo question do I need a PhD? &lt;!here&gt;", blocks.get(0).get("text").get("text").asText());
        Json.assertNothingUnescaped(blocks);
        for (String s : Json.strings(blocks)) {
            assertFalse(s.startsWith("mb:share:"), "no share button in a DM");
        }
        assertEquals(Request.freeText(Platform.SLACK, "T1", "U1", "D1", "do I need a PhD? <!here>"),
                echo.requests.poll(5, TimeUnit.SECONDS));

        assertEquals(200, client.postJson(messageEvent("Ev2", "D1", "U1", "and the salary?", "150.5", null),
                Map.of()).statusCode());
        FakeSlackApi.Call threaded = api.nextPost();
        assertNotNull(threaded);
        assertEquals("D1", threaded.form().get("channel"));
        assertEquals("150.5", threaded.form().get("thread_ts"));
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
        String event = messageEvent("EvRetry", "D1", "U1", "first", null, null);
        assertEquals(200, client.postJson(event, Map.of()).statusCode());
        assertEquals(200, client.postJson(event, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout")).statusCode());
        assertEquals(200, client.postJson(messageEvent("EvSentinel", "D2", "U1", "sentinel", null, null),
                Map.of()).statusCode());

        FakeSlackApi.Call first = api.nextPost();
        FakeSlackApi.Call second = api.nextPost();
        assertEquals("D1", first.form().get("channel"));
        assertEquals("D2", second.form().get("channel"), "the retry must not be answered a second time");
        assertTrue(api.posts.isEmpty());
        verify(handler, times(2)).handle(any());
    }

    @Test
    void theSameMessageRedeliveredUnderANewEventIdIsAnsweredOnce() throws Exception {
        assertEquals(200, client.postJson(messageEvent("EvFirst", "170.5", "D1", "U1", "first", null, null), Map.of())
                .statusCode());
        assertEquals(200, client.postJson(messageEvent("EvAgain", "170.5", "D1", "U1", "first", null, null), Map.of())
                .statusCode());
        assertEquals(200, client.postJson(messageEvent("EvSentinel", "D2", "U1", "sentinel", null, null), Map.of())
                .statusCode());
        assertEquals("D1", api.nextPost().form().get("channel"));
        assertEquals("D2", api.nextPost().form().get("channel"), "the redelivered message must not be answered again");
        verify(handler, times(2)).handle(any());
    }

    @Test
    void ignoresItsOwnMessagesOtherBotsEditsAndSubtypes() throws Exception {
        String own = messageEvent("EvOwn", "D1", FakeSlackApi.BOT_USER, "my own answer", null, FakeSlackApi.BOT_ID);
        String ownUserOnly = messageEvent("EvOwn2", "D1", FakeSlackApi.BOT_USER, "my own answer", null, null);
        String otherBot = messageEvent("EvBot", "D1", "U999", "beep", null, "B999");
        String edited = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"EvEdit\","
                + "\"event_time\":1,\"event\":{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel\":\"D1\","
                + "\"channel_type\":\"im\",\"hidden\":true,\"ts\":\"101.1\",\"event_ts\":\"101.1\","
                + "\"message\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"edited\",\"ts\":\"100.1\"},"
                + "\"previous_message\":{\"type\":\"message\",\"user\":\"U1\",\"text\":\"orig\",\"ts\":\"100.1\"}}}";
        String botMessage = "{\"type\":\"event_callback\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event_id\":\"EvBotMsg\","
                + "\"event_time\":1,\"event\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"channel\":\"D1\","
                + "\"channel_type\":\"im\",\"bot_id\":\"B5\",\"text\":\"hello\",\"ts\":\"102.1\",\"event_ts\":\"102.1\"}}";
        for (String e : List.of(own, ownUserOnly, otherBot, edited, botMessage)) {
            HttpResponse<String> resp = client.postJson(e, Map.of());
            assertEquals(200, resp.statusCode(), "acknowledged so Slack does not retry: " + e);
        }
        assertEquals(200, client.postJson(messageEvent("EvSentinel2", "D7", "U1", "sentinel", null, null),
                Map.of()).statusCode());
        FakeSlackApi.Call post = api.nextPost();
        assertEquals("D7", post.form().get("channel"), "only the sentinel is answered");
        assertTrue(api.posts.isEmpty());
        verify(handler, times(1)).handle(any());
    }

    @Test
    void suggestionButtonRunsThatCommandForTheClicker() throws Exception {
        HttpResponse<String> resp = client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_0", "mb:run:salary senior &amp; &lt;!channel&gt;",
                        api.responseUrl("click")))));
        assertEquals(200, resp.statusCode(), resp.body());
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call);
        assertEquals("/respond/click", call.path());
        JsonNode body = Json.parse(call.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        assertFalse(body.get("replace_original").asBoolean());
        assertEquals("Echo /salary senior &amp; &lt;!channel&gt;", body.get("blocks").get(0).get("text").get("text").asText());
        Json.assertNothingUnescaped(body);
        assertEquals(Request.command(Platform.SLACK, "T1", "U2", "C1", "salary", "senior & <!channel>"),
                echo.requests.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void withoutAResponseUrlAPrivateAnswerStaysEphemeral() throws Exception {
        JsonNode payload = Json.parse(blockAction("mentorbot_0", "mb:run:salary senior", "x"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) payload).remove("response_url");
        assertEquals(200, client.postForm(SignedClient.form(Map.of("payload", payload.toString()))).statusCode());
        FakeSlackApi.Call call = api.ephemerals.poll(10, TimeUnit.SECONDS);
        assertNotNull(call, "chat.postEphemeral expected");
        assertEquals("C1", call.form().get("channel"));
        assertEquals("U2", call.form().get("user"));
        assertTrue(api.posts.isEmpty(), "never a public chat.postMessage for a private answer");
    }

    /** The value of the Share button in an answer's blocks. */
    private static String shareKey(JsonNode message) {
        for (JsonNode block : message.get("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("value").asText().startsWith("mb:share:")) {
                    return element.get("value").asText();
                }
            }
        }
        return null;
    }

    @Test
    void shareButtonPostsTheVeryAnswerInTheChannelOnce() throws Exception {
        JsonNode ack = Json.parse(client.postForm(SignedClient.form(
                SignedClient.slashCommand("/role", "mlops", api.responseUrl("ask")))).body());
        assertNotNull(echo.requests.poll(5, TimeUnit.SECONDS));
        String key = shareKey(ack);
        assertNotNull(key, ack.toString());

        HttpResponse<String> resp = client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_1", key, api.responseUrl("share")))));
        assertEquals(200, resp.statusCode(), resp.body());
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call);
        JsonNode body = Json.parse(call.body());
        assertEquals("in_channel", body.get("response_type").asText());
        assertFalse(body.get("replace_original").asBoolean());
        assertEquals(ack.get("blocks").get(0).get("text").get("text").asText(),
                body.get("blocks").get(0).get("text").get("text").asText(), "the reply the user saw");
        for (String s : Json.strings(body)) {
            assertFalse(s.startsWith("mb:share:"), "a shared answer has no share button");
        }
        assertNull(echo.requests.poll(200, TimeUnit.MILLISECONDS), "sharing does not ask the core again");

        client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_1", key, api.responseUrl("again")))));
        JsonNode again = Json.parse(api.nextResponse().body());
        assertEquals("ephemeral", again.get("response_type").asText(), "a second click posts nothing in the channel");
        assertTrue(again.toString().contains("Nothing to share"), again.toString());
    }

    /** A reply longer than the fold: a one-sentence lead, then a long body. */
    static Reply longReply(Request request) {
        String body = "Detail of the long answer. ".repeat(40);
        return new Reply("Long answer", "The short answer first.", "", List.of(),
                List.of(new Reply.Section("Everything else", body, List.of("the last item"))),
                List.of(new Reply.Suggestion("Roles", mentorbot.mentor.Action.Run.of("/role"))), "Source: a guide.", mentorbot.mentor.Visibility.PRIVATE, true);
    }

    @Test
    void aLongAnswerIsFoldedBehindMoreWhichShowsItWholeInPlace() throws Exception {
        slack.close();
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), SlackHttpModeTest::longReply, TestCommands.ALL)
                .bindHost("127.0.0.1").start();
        client = new SignedClient(slack.httpPort(), SECRET);
        HttpResponse<String> resp = client.postForm(SignedClient.form(
                SignedClient.slashCommand("/mentor", "tell me everything", api.responseUrl("ask"))));
        JsonNode ack = Json.parse(resp.body());
        String folded = ack.toString();
        assertTrue(folded.contains("The short answer first."), folded);
        assertFalse(folded.contains("Detail of the long answer."), "the body waits behind More");
        JsonNode more = null;
        for (JsonNode block : ack.get("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("value").asText().startsWith("mb:more:")) {
                    more = element;
                }
            }
        }
        assertNotNull(more, "a More button: " + folded);

        client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_0", more.get("value").asText(), api.responseUrl("more")))));
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call);
        JsonNode whole = Json.parse(call.body());
        assertTrue(whole.get("replace_original").asBoolean(), "shown in place of the folded answer");
        assertTrue(whole.toString().contains("Detail of the long answer."), whole.toString());
        assertFalse(whole.toString().contains("mb:more:"), "nothing more to show");
        assertTrue(whole.toString().contains("mb:share:"), "it can still be shared");

        client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_0", "mb:more:no-such-key", api.responseUrl("expired")))));
        JsonNode expired = Json.parse(api.nextResponse().body());
        assertFalse(expired.get("replace_original").asBoolean(), "an expired More leaves the answer as it was");
        assertTrue(expired.toString().contains("Ask again"), expired.toString());
    }

    @Test
    void aDeclinedAnswerIsNeverSharedInTheChannel() throws Exception {
        slack.close();
        RequestHandler declining = request -> new Reply("One moment, please", "", "Too fast <!channel>", List.of(), List.of(),
                List.of(), "", mentorbot.mentor.Visibility.PRIVATE, false);
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), declining, TestCommands.ALL).bindHost("127.0.0.1").start();
        client = new SignedClient(slack.httpPort(), SECRET);
        JsonNode ack = Json.parse(client.postForm(SignedClient.form(
                SignedClient.slashCommand("/role", "mlops", api.responseUrl("ask")))).body());
        assertEquals("ephemeral", ack.get("response_type").asText());
        assertNull(shareKey(ack), "a decline has no Share button");
        assertEquals("Too fast &lt;!channel&gt;", ack.get("blocks").get(1).get("text").get("text").asText());
        HttpResponse<String> resp = client.postForm(SignedClient.form(Map.of("payload",
                blockAction("mentorbot_1", "mb:share:not-a-key", api.responseUrl("declined")))));
        assertEquals(200, resp.statusCode());
        JsonNode body = Json.parse(api.nextResponse().body());
        assertEquals("ephemeral", body.get("response_type").asText(), "an unknown key shares nothing");
    }

    @Test
    void slowAnswerIsAcknowledgedEmptyThenSentToResponseUrl() throws Exception {
        slack.close();
        HeldEcho slow = new HeldEcho();
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), slow, TestCommands.ALL)
                .bindHost("127.0.0.1")
                .ackBudget(Duration.ZERO)
                .start();
        client = new SignedClient(slack.httpPort(), SECRET);
        try {
            HttpResponse<String> resp = client.postForm(SignedClient.form(
                    SignedClient.slashCommand("/roadmap", "genai advanced", api.responseUrl("slow"))));
            assertEquals(200, resp.statusCode());
            assertTrue(resp.body().isBlank(), "empty ack, got: " + resp.body());
            assertTrue(slow.entered.await(5, TimeUnit.SECONDS));
            assertTrue(api.responses.isEmpty(), "nothing sent before the answer is ready");
        } finally {
            slow.release.countDown();
        }
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call, "the answer must arrive at response_url");
        assertEquals("/respond/slow", call.path());
        JsonNode body = Json.parse(call.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        assertEquals("Echo /roadmap genai advanced", body.get("blocks").get(0).get("text").get("text").asText());
        assertNotNull(shareKey(body), "a slow answer can be shared like any other");
    }

    @Test
    void whenEveryWorkerAndQueueSlotIsTakenTheAckSaysBusyAtOnce() throws Exception {
        slack.close();
        CountDownLatch release = new CountDownLatch(1);
        EchoHandler seen = new EchoHandler();
        RequestHandler blocking = request -> {
            seen.handle(request);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return EchoHandler.echo(request);
        };
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), blocking, TestCommands.ALL)
                .bindHost("127.0.0.1").ackBudget(Duration.ZERO).workers(1, 1).start();
        client = new SignedClient(slack.httpPort(), SECRET);
        try {
            // first: runs on the only worker; second: waits in the only queue slot
            assertTrue(client.postForm(SignedClient.form(SignedClient.slashCommand("/tip", "", api.responseUrl("a"))))
                    .body().isBlank());
            assertNotNull(seen.requests.poll(5, TimeUnit.SECONDS), "the first request occupies the worker");
            assertTrue(client.postForm(SignedClient.form(SignedClient.slashCommand("/tip", "", api.responseUrl("b"))))
                    .body().isBlank());
            HttpResponse<String> third = client.postForm(SignedClient.form(
                    SignedClient.slashCommand("/tip", "", api.responseUrl("c"))));
            assertEquals(200, third.statusCode());
            JsonNode ack = Json.parse(third.body());
            assertEquals("Busy right now", ack.get("blocks").get(0).get("text").get("text").asText());
            assertEquals("ephemeral", ack.get("response_type").asText());
        } finally {
            release.countDown();
        }
        assertNotNull(api.nextResponse());
        assertNotNull(api.nextResponse());
    }

    @Test
    void atShutdownEveryAcknowledgedDmIsAnsweredOrLoggedAsUnsent() throws Exception {
        slack.close();
        HeldEcho stuck = new HeldEcho();
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), stuck, TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 8).drain(Duration.ofMillis(200)).start();
        client = new SignedClient(slack.httpPort(), SECRET);
        ch.qos.logback.classic.Logger platformLog =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SlackPlatform.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        platformLog.addAppender(logged);
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(200, client.postJson(messageEvent("EvDrain" + i, "D" + i, "U1", "question " + i, null, null),
                        Map.of()).statusCode(), "acknowledged");
            }
            assertTrue(stuck.entered.await(5, TimeUnit.SECONDS));
            slack.close(); // the first answer is stuck past the drain time, four wait behind it
        } finally {
            stuck.release.countDown();
            platformLog.detachAppender(logged);
        }
        assertTrue(logged.list.stream().anyMatch(e -> e.getFormattedMessage().contains("5 answers unsent")),
                "each acknowledged answer that was not sent is counted: " + logged.list);
    }

    @Test
    void closeLetsAnAnswerInProgressFinish() throws Exception {
        slack.close();
        HeldEcho slow = new HeldEcho();
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), slow, TestCommands.ALL)
                .bindHost("127.0.0.1").ackBudget(Duration.ZERO).start();
        client = new SignedClient(slack.httpPort(), SECRET);
        client.postForm(SignedClient.form(SignedClient.slashCommand("/salary", "senior", api.responseUrl("closing"))));
        assertTrue(slow.entered.await(5, TimeUnit.SECONDS));
        SlackPlatform closing = slack;
        Thread closer = new Thread(closing::close);
        closer.start();
        try {
            // Wait (bounded) until close() has stopped the HTTP server: it is then draining the workers.
            boolean serverDown = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            for (int i = 0; i < 1_000 && !serverDown && System.nanoTime() < deadline; i++) {
                try {
                    client.get("/healthz");
                } catch (java.io.IOException e) {
                    serverDown = true;
                }
            }
            assertTrue(serverDown, "close() stops taking requests first");
            assertTrue(closer.isAlive(), "close() waits for the answer in progress");
        } finally {
            slow.release.countDown();
        }
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call, "the answer in progress is still delivered");
        assertEquals("/respond/closing", call.path());
        closer.join(10_000);
        assertFalse(closer.isAlive());
        closing.close(); // idempotent
    }

    @Test
    void aSharedReplyFromTheCoreIsPostedInChannel() throws Exception {
        slack.close();
        RequestHandler shared = request -> EchoHandler.echo(request).withVisibility(mentorbot.mentor.Visibility.SHARED);
        slack = SlackPlatform.builder(httpSettings(api.apiUrl()), shared, TestCommands.ALL).bindHost("127.0.0.1").start();
        client = new SignedClient(slack.httpPort(), SECRET);
        HttpResponse<String> resp = client.postForm(SignedClient.form(
                SignedClient.slashCommand("/tips", "subscribe 09:00 UTC", api.responseUrl("tips"))));
        JsonNode ack = Json.parse(resp.body());
        assertEquals("in_channel", ack.get("response_type").asText());
        assertFalse(resp.body().contains("mb:share:"));
    }

    @Test
    void rejectedBotTokenFailsFastWithAClearMessage() {
        slack.close();
        slack = null;
        api.authError = "invalid_auth";
        SlackStartException e = assertThrows(SlackStartException.class,
                () -> SlackPlatform.builder(httpSettings(api.apiUrl()), handler, TestCommands.ALL)
                        .bindHost("127.0.0.1").start());
        assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid_auth"), e.getMessage());
        assertFalse(e.getMessage().contains(BOT_TOKEN), "never print the token");
    }

    @Test
    void missingSecretsFailFast() {
        Settings noSecret = new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", api.apiUrl(), null, new Secret(BOT_TOKEN), new Secret(null), new Secret(null)),
                null, null, null);
        SlackStartException e = assertThrows(SlackStartException.class,
                () -> SlackPlatform.builder(noSecret, handler, TestCommands.ALL).bindHost("127.0.0.1").start());
        assertTrue(e.getMessage().contains("SLACK_SIGNING_SECRET"), e.getMessage());
        Settings noAppToken = new Settings(null, null, null, null, null, null,
                new Settings.Slack("socket", api.apiUrl(), null, new Secret(BOT_TOKEN), new Secret(null), new Secret(null)),
                null, null, null);
        e = assertThrows(SlackStartException.class, () -> SlackPlatform.start(noAppToken, handler, TestCommands.ALL));
        assertTrue(e.getMessage().contains("SLACK_APP_TOKEN"), e.getMessage());
    }

    static String messageEvent(String eventId, String channel, String user, String text, String threadTs, String botId) {
        return messageEvent(eventId, "160." + Integer.toUnsignedString(eventId.hashCode()), channel, user, text, threadTs, botId);
    }

    /** A message event; each message has its own {@code ts}, kept when Slack redelivers it. */
    static String messageEvent(String eventId, String ts, String channel, String user, String text, String threadTs,
                               String botId) {
        JsonNode ev = Json.MAPPER.createObjectNode()
                .put("type", "message")
                .put("channel", channel)
                .put("channel_type", "im")
                .put("user", user)
                .put("text", text)
                .put("ts", ts)
                .put("event_ts", ts);
        if (threadTs != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) ev).put("thread_ts", threadTs);
        }
        if (botId != null) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) ev).put("bot_id", botId);
        }
        com.fasterxml.jackson.databind.node.ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused")
                .put("team_id", "T1")
                .put("api_app_id", "A1")
                .put("type", "event_callback")
                .put("event_id", eventId)
                .put("event_time", 1_700_000_000);
        root.set("event", ev);
        return root.toString();
    }

    static String blockAction(String actionId, String value, String responseUrl) {
        com.fasterxml.jackson.databind.node.ObjectNode root = Json.MAPPER.createObjectNode()
                .put("type", "block_actions")
                .put("api_app_id", "A1")
                .put("token", "legacy-unused")
                .put("trigger_id", "1.2.3")
                .put("response_url", responseUrl);
        root.putObject("team").put("id", "T1").put("domain", "test");
        root.putObject("user").put("id", "U2").put("username", "grace").put("team_id", "T1");
        root.putObject("channel").put("id", "C1").put("name", "general");
        root.putObject("container").put("type", "message").put("message_ts", "170.1").put("channel_id", "C1")
                .put("is_ephemeral", true);
        root.putArray("actions").addObject()
                .put("action_id", actionId)
                .put("block_id", "b1")
                .put("type", "button")
                .put("value", value)
                .put("action_ts", "171.1")
                .putObject("text").put("type", "plain_text").put("text", "x");
        return root.toString();
    }

}
