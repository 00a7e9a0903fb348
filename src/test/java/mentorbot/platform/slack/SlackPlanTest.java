package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Subject;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.plan.PlanFeature;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning plan on the Slack wire (HTTP mode, signed requests, the loopback fake Web API): /plan answers
 * privately, a done click replaces the plan in place through the response_url and posts nothing, and the weekly
 * nudge is a DM carrying its done and later buttons. Assertions are on what reached the fake.
 */
class SlackPlanTest {

    static final String LEARNER = "U1";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;
    private MentoringFeature mentoring;
    private PlanFeature plan;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z")); // a Monday
    private final List<Runnable> timerTasks = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        Settings settings = new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", api.apiUrl(), List.of(), new Secret(SlackHttpModeTest.BOT_TOKEN),
                        new Secret(SlackHttpModeTest.SECRET), new Secret(null)),
                null, null, dir.toString());
        SlackMentorPort port = new SlackMentorPort(SlackTipPoster.methods(settings.slack(), List.of()));
        mentoring = MentoringFeature.open(settings, clock, new SplittableRandom(7), Map.of(Platform.SLACK, port),
                () -> mentorbot.mentoring.MentoringStore.open(settings));
        plan = PlanFeature.open(settings, clock, Map.of(Platform.SLACK, port), Knowledge::real);
        mentoring.mentoring().register(plan.clicks());
        plan.startNudges((task, delay) -> timerTasks.add(task));
        List<CommandSpec> specs = new ArrayList<>(TestCommands.ALL);
        specs.add(PlanFeature.spec());
        RequestHandler core = request -> request.command().equals("plan")
                ? plan.command().execute(new Invocation(request, request.text(), Subject.NONE, Knowledge.real())).reply()
                : ReplyBuilder.titled("I am not sure").lead("Not here.").unmatched().build();
        slack = SlackPlatform.builder(settings, core, specs).bindHost("127.0.0.1").workers(1, 64)
                .mentoring(mentoring.mentoring()).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        plan.close();
        mentoring.close();
        api.close();
    }

    private JsonNode command(String channel, String text) throws Exception {
        Map<String, String> form = SignedClient.slashCommand("/plan", text, api.responseUrl("plan"));
        form.put("user_id", LEARNER);
        form.put("channel_id", channel);
        HttpResponse<String> resp = client.postForm(SignedClient.form(form));
        assertEquals(200, resp.statusCode(), resp.body());
        return Json.parse(resp.body());
    }

    private void click(String channel, String value, String responseName) throws Exception {
        ObjectNode payload = (ObjectNode) Json.parse(SlackHttpModeTest.blockAction("mentorbot_0", value, api.responseUrl(responseName)));
        ((ObjectNode) payload.get("user")).put("id", LEARNER);
        ((ObjectNode) payload.get("channel")).put("id", channel);
        ((ObjectNode) payload.get("container")).put("channel_id", channel);
        assertEquals(200, client.postForm(SignedClient.form(Map.of("payload", payload.toString()))).statusCode());
    }

    private static List<String> values(JsonNode blocks) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : blocks) {
            if (block.path("type").asText().equals("actions")) {
                block.path("elements").forEach(e -> out.add(e.path("value").asText()));
            }
        }
        return out;
    }

    /** The response_url call for {@code name}, which must replace the message clicked, privately. */
    private JsonNode inPlace(String name) throws Exception {
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call, "a response to " + name);
        assertEquals("/respond/" + name, call.path());
        JsonNode body = Json.parse(call.body());
        assertEquals("ephemeral", body.path("response_type").asText(), call.body());
        assertTrue(body.path("replace_original").asBoolean(false), "updated in place: " + call.body());
        return body;
    }

    @Test
    void planSetRepliesPrivatelyAndADoneClickUpdatesItInPlaceWithoutAPost() throws Exception {
        JsonNode set = command("C1", "set mlops <!channel>");
        assertEquals("ephemeral", set.path("response_type").asText(), set.toString());
        assertTrue(set.toString().contains("mlops &lt;!channel&gt;") || set.toString().contains("I did not understand"),
                "markup is echoed escaped, never as a ping: " + set);
        assertFalse(set.toString().contains("<!channel>"), set.toString());

        JsonNode ack = command("C1", "set mlops");
        assertEquals("ephemeral", ack.path("response_type").asText());
        assertTrue(ack.path("text").asText().startsWith("Your learning plan: MLOps Engineer"), ack.toString());
        List<String> values = values(ack.path("blocks"));
        assertTrue(values.contains("mb:plan-done:progression-programming-foundational"), values.toString());

        click("C1", "mb:plan-done:progression-programming-foundational", "done");
        JsonNode done = inPlace("done");
        assertTrue(done.path("text").asText().contains("Checked off: Programming (foundational)."), done.toString());
        assertTrue(done.toString().contains("░░░░░░░░░░ 1/23"), done.toString());
        List<String> after = values(done.path("blocks"));
        assertTrue(after.contains("mb:plan-undo:progression-programming-foundational"), after.toString());
        assertFalse(after.contains("mb:plan-done:progression-programming-foundational"), after.toString());

        click("C1", "mb:plan-undo:progression-programming-foundational", "undo");
        assertTrue(inPlace("undo").path("text").asText().contains("Opened again"));
        assertNull(api.posts.poll(), "nothing public");
        assertTrue(api.ephemerals.isEmpty() && api.updates.isEmpty(), "all through the response_url");
    }

    @Test
    void theWeeklyNudgeIsADirectMessageWithItsButtons() throws Exception {
        command("D1", "set nlp");
        JsonNode on = command("D1", "nudge weekly monday 09:00 UTC");
        assertTrue(on.path("text").asText().contains("Weekly nudge on"), on.toString());
        clock.advance(Duration.between(clock.instant(), Instant.parse("2025-03-10T09:00:00Z")));
        for (int i = 0; i < 3 && api.opens.isEmpty(); i++) {
            List<Runnable> due = new ArrayList<>(timerTasks);
            timerTasks.clear();
            due.forEach(Runnable::run);
        }
        FakeSlackApi.Call open = api.opens.poll(10, TimeUnit.SECONDS);
        assertNotNull(open, "conversations.open with the learner");
        assertEquals(LEARNER, open.form().get("users"));
        FakeSlackApi.Call dm = api.nextPost();
        assertNotNull(dm, "the nudge");
        assertEquals("D" + LEARNER, dm.form().get("channel"));
        assertTrue(dm.form().get("text").contains("This week on your learning plan"), dm.form().get("text"));
        List<String> values = values(Json.parse(dm.form().get("blocks")));
        assertTrue(values.contains("mb:plan-done:progression-programming-foundational"), values.toString());
        assertTrue(values.contains("mb:plan-later:progression-programming-foundational"), values.toString());
        assertNull(api.posts.poll(), "one DM");

        click("D" + LEARNER, "mb:plan-done:progression-programming-foundational", "nudge-done");
        assertTrue(inPlace("nudge-done").path("text").asText().contains("Checked off"));
        click("D" + LEARNER, "mb:plan-later:progression-machine-learning-foundational", "later");
        FakeSlackApi.Call later = api.nextResponse();
        assertFalse(Json.parse(later.body()).path("replace_original").asBoolean(false), "later answers beside the nudge");
        assertTrue(later.body().contains("stays next on your plan"), later.body());
        assertNull(api.posts.poll(), "nothing public");
    }
}
