package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Platform;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.mentoring.MentoringStore;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.UserKey;
import mentorbot.plan.PlanFeature;
import mentorbot.plan.PlanView;
import mentorbot.testing.Knowledge;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.SqlSubscriptionStore;
import mentorbot.tips.SubscriptionStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * App Home over the wire (HTTP mode, signed events, the loopback fake Web API, real mentoring and tips stores): one
 * {@code views.publish} per open for that person, listing their open mentor request, and the daily-tip channels for an
 * admin only; opening Home posts nothing; its buttons answer in the clicker's DM.
 */
class SlackHomeTest {

    static final String ADMIN = "UADMIN";
    static final String LEARNER = "U1";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;
    private MentoringFeature feature;
    private MentoringStore store;
    private SubscriptionStore tips;
    private PlanFeature plans;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        Settings settings = new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", api.apiUrl(), List.of(ADMIN), new Secret(SlackHttpModeTest.BOT_TOKEN),
                        new Secret(SlackHttpModeTest.SECRET), new Secret(null)),
                null, null, dir.toString());
        store = MentoringStore.open(settings);
        tips = SqlSubscriptionStore.open(settings);
        KnowledgeSource knowledge = KnowledgeSource.open(Knowledge.copyTo(dir.resolve("knowledge")));
        plans = PlanFeature.open(settings, java.time.Clock.systemUTC(), Map.of(), knowledge::current);
        SlackMentorPort port = new SlackMentorPort(SlackTipPoster.methods(settings.slack(), List.of()));
        feature = MentoringFeature.open(settings, java.time.Clock.systemUTC(), new SplittableRandom(7),
                Map.of(Platform.SLACK, port), () -> store);
        List<CommandSpec> specs = new ArrayList<>(TestCommands.ALL);
        specs.addAll(MentoringFeature.specs());
        slack = SlackPlatform.builder(settings, SlackMentoringTest.core(feature.commands()), specs).bindHost("127.0.0.1")
                .workers(1, 64).mentoring(feature.mentoring()).tips(tips::subscriptions).plans(plans.plans()::view).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        feature.close();
        plans.close();
        tips.close();
        api.close();
    }

    static String homeOpened(String eventId, String user, String tab) {
        ObjectNode root = Json.MAPPER.createObjectNode()
                .put("token", "legacy-unused").put("team_id", "T1").put("api_app_id", "A1")
                .put("type", "event_callback").put("event_id", eventId).put("event_time", 1_700_000_000);
        root.putObject("event").put("type", "app_home_opened").put("user", user).put("channel", "D" + user)
                .put("tab", tab).put("event_ts", "1700000000.1");
        return root.toString();
    }

    private void send(String body) throws Exception {
        send(body, Map.of());
    }

    private void send(String body, Map<String, String> headers) throws Exception {
        assertEquals(200, client.postJson(body, headers).statusCode(), body);
    }

    private JsonNode command(String user, String name, String text) throws Exception {
        Map<String, String> form = SignedClient.slashCommand("/" + name, text, api.responseUrl(name));
        form.put("user_id", user);
        var resp = client.postForm(SignedClient.form(form));
        assertEquals(200, resp.statusCode(), resp.body());
        return Json.parse(resp.body());
    }

    private void click(String user, String value, String responseName) throws Exception {
        ObjectNode payload = (ObjectNode) Json.parse(SlackHttpModeTest.blockAction("mentorbot_0", value,
                responseName == null ? "" : api.responseUrl(responseName)));
        ((ObjectNode) payload.get("user")).put("id", user);
        if (responseName == null) { // a button on the Home tab: a view, no channel, no response_url
            payload.remove("response_url");
            payload.remove("channel");
            payload.putObject("container").put("type", "view").put("view_id", "V1");
        }
        assertEquals(200, client.postForm(SignedClient.form(Map.of("payload", payload.toString()))).statusCode());
    }

    /** The next views.publish: for {@code user}, a home view; its blocks as text. */
    private String published(String user) throws Exception {
        FakeSlackApi.Call call = api.views.poll(10, TimeUnit.SECONDS);
        assertNotNull(call, "views.publish expected");
        assertEquals(user, call.form().get("user_id"));
        JsonNode view = Json.parse(call.form().get("view"));
        assertEquals("home", view.path("type").asText());
        assertTrue(view.path("blocks").size() <= HomeTab.MAX_BLOCKS);
        return view.path("blocks").toString();
    }

    /** The learner asks; the answer's Ask a mentor sends it: one open request. */
    private void anOpenRequest(String question) throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        JsonNode answer = command(LEARNER, "mentor", question);
        String ask = null;
        for (JsonNode b : answer.path("blocks")) {
            for (JsonNode e : b.path("elements")) {
                if (e.path("value").asText().startsWith("mb:askm:")) {
                    ask = e.path("value").asText();
                }
            }
        }
        assertNotNull(ask, answer.toString());
        click(LEARNER, ask, "ask");
        assertNotNull(api.nextResponse());
        assertEquals("C0MENTORS", api.nextPost().form().get("channel"), "the card");
    }

    @Test
    void openingHomePublishesOneViewListingTheLearnersOpenRequestAndNoTipChannels() throws Exception {
        anOpenRequest("how do I negotiate <!channel> equity?");
        tips.subscribe(new ChannelKey(Platform.SLACK, "T1", "C0TIPS"), LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
                ADMIN, Instant.now());

        send(homeOpened("EvHome1", LEARNER, "home"));
        String home = published(LEARNER);
        assertTrue(home.contains("Your mentor requests"), home);
        assertTrue(home.contains("how do I negotiate &lt;!channel&gt; equity?"), "the request, escaped: " + home);
        assertTrue(home.contains("waiting for a mentor"), home);
        assertTrue(home.contains("mb:run:role"), "buttons that run the main commands: " + home);
        assertFalse(home.contains("Daily tips in this workspace"), "tip channels are for admins only");
        assertFalse(home.contains("C0TIPS"));
        Json.assertNothingUnescaped(Json.parse(home));

        send(homeOpened("EvHome1", LEARNER, "home"), Map.of("X-Slack-Retry-Num", "1"));
        send(homeOpened("EvMessages", LEARNER, "messages"));
        send(homeOpened("EvHome2", ADMIN, "home"));
        published(ADMIN);
        assertNull(api.views.poll(), "one publish per open: not for the retry or the Messages tab");
        assertTrue(api.posts.isEmpty(), "opening Home posts nothing");
        assertTrue(api.ephemerals.isEmpty());
    }

    @Test
    void anAdminsHomeListsTheWorkspacesTipChannelsWithTheirTimes() throws Exception {
        tips.subscribe(new ChannelKey(Platform.SLACK, "T1", "C0TIPS"), LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"),
                ADMIN, Instant.now());
        tips.subscribe(new ChannelKey(Platform.SLACK, "T2", "C0OTHER"), LocalTime.of(8, 0), ZoneId.of("UTC"), ADMIN,
                Instant.now());
        send(homeOpened("EvAdmin", ADMIN, "home"));
        String home = published(ADMIN);
        assertTrue(home.contains("Daily tips in this workspace"), home);
        assertTrue(home.contains("<#C0TIPS> at 09:00 Europe/Berlin"), home);
        assertFalse(home.contains("C0OTHER"), "another workspace's channel is not listed");
        assertTrue(home.contains("None open."), "the admin has no request: " + home);
    }

    @Test
    void aCommandButtonOnHomeAnswersInTheClickersDm() throws Exception {
        click(LEARNER, "mb:run:salary senior", null);
        FakeSlackApi.Call open = api.opens.poll(10, TimeUnit.SECONDS);
        assertNotNull(open, "conversations.open for the clicker");
        assertEquals(LEARNER, open.form().get("users"));
        FakeSlackApi.Call answer = api.nextPost();
        assertNotNull(answer);
        assertEquals("D" + LEARNER, answer.form().get("channel"), "privately, in the Messages tab");
        assertTrue(answer.form().get("text").contains("I cannot answer"), answer.form().get("text"));
    }

    @Test
    void theHomeTabShowsTheLearnersPlanWithItsProgressAndNextItems() throws Exception {
        UserKey learner = new UserKey(Platform.SLACK, "T1", LEARNER);
        KnowledgeSource knowledge = KnowledgeSource.open(Knowledge.copyTo(dir.resolve("knowledge-2")));
        PlanView plan = plans.plans().set(learner, knowledge.current().role("mlops-engineer").orElseThrow(), SkillLevel.FOUNDATIONAL);
        plans.plans().mark(learner, plan, plan.items().get(0).item().id(), true);

        send(homeOpened("EvPlan1", LEARNER, "home"));
        String blocks = published(LEARNER);
        assertTrue(blocks.contains("Your learning plan"), blocks);
        assertTrue(blocks.contains("MLOps Engineer"), blocks);
        assertTrue(blocks.contains("1/" + plan.items().size()), blocks);
        assertTrue(blocks.contains(plan.items().get(1).item().text().substring(0, 20)), "the next item: " + blocks);
        assertFalse(blocks.contains(plan.items().get(0).item().text() + "\\n"), "the done item is not next: " + blocks);

        send(homeOpened("EvPlan2", ADMIN, "home"));
        assertTrue(published(ADMIN).contains("No plan yet"), "someone without a plan is told how to make one");
        assertTrue(api.posts.isEmpty(), "opening Home posts nothing");
    }
}
