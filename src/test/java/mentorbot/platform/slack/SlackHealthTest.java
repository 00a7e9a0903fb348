package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.platform.ConnectionState;
import mentorbot.platform.PlatformHealth.State;
import mentorbot.testing.LogCapture;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.PostResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Slack's state in HTTP mode: /healthz over the wire, and a token Slack stops accepting at run time. */
@Timeout(60)
class SlackHealthTest {

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;
    private ConnectionState state;
    private final List<String> told = new CopyOnWriteArrayList<>();
    private final CountDownLatch fatal = new CountDownLatch(1);

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        state = new ConnectionState("slack", Clock.systemUTC(), (platform, reason) -> {
            told.add(platform + ": " + reason);
            fatal.countDown();
        });
        // One worker: DMs are answered in order, so a later answer shows an earlier one was handled.
        slack = SlackPlatform.builder(SlackHttpModeTest.httpSettings(api.apiUrl()), new EchoHandler(), TestCommands.ALL)
                .bindHost("127.0.0.1").workers(1, 64).connection(state).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        api.close();
    }

    private void dm(String eventId) throws Exception {
        assertEquals(200, client.postJson(SlackHttpModeTest.messageEvent(eventId, "D1", "U1", "do I need a PhD?", null, null),
                Map.of()).statusCode());
    }

    @Test
    void healthzReportsSlackConnected() throws Exception {
        HttpResponse<String> health = client.get("/healthz");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\",\"platforms\":{\"slack\":\"connected\"}}", health.body());
    }

    @Test
    void invalidAuthToAnAnswerAtRunTimeFailsSlackForGoodOnceAndHealthzTurns503() throws Exception {
        try (LogCapture log = LogCapture.onEveryThread(ConnectionState.class.getName(), Level.DEBUG)) {
            api.postError = "invalid_auth";
            dm("Ev1");
            assertTrue(fatal.await(30, TimeUnit.SECONDS), "told within 30 s; state " + state.status());
            assertEquals(State.FAILED, state.status().state());
            assertEquals(List.of("slack: Slack answered invalid_auth to chat.postMessage: SLACK_BOT_TOKEN no longer works"
                    + " (app uninstalled, token revoked or workspace deactivated); install the app again and set the new token"),
                    told);
            HttpResponse<String> health = client.get("/healthz");
            assertEquals(503, health.statusCode());
            assertEquals("{\"status\":\"unhealthy\",\"platforms\":{\"slack\":\"failed\"}}", health.body());

            // Refused again: still one failure, one ERROR line. The sentinel's answer shows Ev2's was handled.
            dm("Ev2");
            assertNotNull(api.refused.poll(10, TimeUnit.SECONDS));
            assertNotNull(api.refused.poll(10, TimeUnit.SECONDS));
            api.postError = null;
            dm("EvSentinel");
            assertNotNull(api.nextPost());
            assertEquals(1, told.size(), told.toString());
            List<ILoggingEvent> errors = log.at(Level.ERROR);
            assertEquals(1, errors.size(), log.events().toString());
            assertTrue(errors.get(0).getFormattedMessage().startsWith("Chat platform slack failed for good: Slack answered invalid_auth"),
                    errors.toString());
            assertFalse(errors.get(0).getFormattedMessage().contains(SlackHttpModeTest.BOT_TOKEN), "no secret in the log");
        }
    }

    @Test
    void anErrorAboutOneChannelIsNoFailure() throws Exception {
        api.postError = "channel_not_found";
        dm("Ev1");
        assertNotNull(api.refused.poll(10, TimeUnit.SECONDS));
        api.postError = null;
        dm("EvSentinel");
        assertNotNull(api.nextPost());
        assertEquals(State.CONNECTED, state.status().state());
        assertEquals(List.of(), told);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_auth", "account_inactive", "token_revoked"})
    void aDailyTipRefusedForADeadTokenFailsSlackToo(String error) throws Exception {
        api.postError = error;
        SlackTipPoster poster = SlackTipPoster.create(SlackHttpModeTest.httpSettings(api.apiUrl()).slack(),
                List.of(new FatalApiErrors(state)));
        PostResult result = poster.post(new ChannelKey(mentorbot.mentor.Platform.SLACK, "T1", "C1"),
                ReplyBuilder.titled("Tip").lead("Learn the basics first.").build());
        assertTrue(result instanceof PostResult.Permanent, result.toString());
        assertTrue(fatal.await(30, TimeUnit.SECONDS));
        assertEquals(State.FAILED, state.status().state());
        assertTrue(told.get(0).startsWith("slack: Slack answered " + error + " to chat.postMessage"), told.toString());
    }
}
