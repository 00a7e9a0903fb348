package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentor.Subject;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.mentoring.MentoringStore;
import mentorbot.plan.PlanFeature;
import mentorbot.testing.Knowledge;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The learning plan on the Discord wire (JDA against the loopback fake REST and gateway): /plan answers
 * ephemerally, a done click edits the message clicked (allowed mentions set on the edit) and posts nothing, and the
 * weekly nudge is a DM carrying its done and later buttons. Assertions are on what reached the fake.
 */
@Timeout(60)
class DiscordPlanTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    @TempDir
    Path dir;

    private FakeDiscord fake;
    private DiscordPlatform platform;
    private MentoringFeature mentoring;
    private PlanFeature plan;
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z")); // a Monday
    private final List<Runnable> timerTasks = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        Settings settings = new Settings(null, null, null, null, null, null, null, null, null, dir.toString());
        DiscordMentorPort port = new DiscordMentorPort(HttpClient.newHttpClient(), fake.apiUrl(), "test-token", WAIT);
        mentoring = MentoringFeature.open(settings, clock, new SplittableRandom(11), Map.of(Platform.DISCORD, port),
                () -> MentoringStore.open(settings));
        plan = PlanFeature.open(settings, clock, Map.of(Platform.DISCORD, port), Knowledge::real);
        mentoring.mentoring().register(plan.clicks());
        plan.startNudges((task, delay) -> timerTasks.add(task));
        List<CommandSpec> specs = new ArrayList<>(TestSpecs.all());
        specs.add(PlanFeature.spec());
        RequestHandler core = request -> request.command().equals("plan")
                ? plan.command().execute(new Invocation(request, request.text(), Subject.NONE, Knowledge.real())).reply()
                : ReplyBuilder.titled("I am not sure").lead("Not here.").unmatched().build();
        Settings.Discord discord = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token"));
        platform = DiscordPlatform.builder(discord, core, specs).replyBudget(Duration.ofSeconds(5))
                .startTimeout(WAIT).errors(fake::error).mentoring(mentoring.mentoring()).start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
            plan.close();
            mentoring.close();
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    private JsonNode plan(String subcommand, String... nameValues) throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("plan", subcommand, nameValues));
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(64, body.path("data").path("flags").asInt() & 64, "private");
        DiscordPlatformTest.assertNoMentions(body.path("data"));
        return body.path("data");
    }

    private static String title(JsonNode message) {
        return message.path("embeds").get(0).path("title").asText();
    }

    @Test
    void planSetRepliesPrivatelyAndADoneClickEditsTheMessageWithoutAPost() throws Exception {
        JsonNode set = plan("set", "role", "mlops");
        assertEquals("Your learning plan: MLOps Engineer", title(set));
        String done = "mb:plan-done:progression-programming-foundational";
        assertTrue(DiscordPlatformTest.customIds(set).contains(done), DiscordPlatformTest.customIds(set).toString());

        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button(done));
        JsonNode deferred = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(6, deferred.path("type").asInt(), "a deferred update of the message clicked");
        FakeDiscord.Call edit = fake.await(mark, c -> c.is("PATCH", "webhooks/" + fake.appId + "/[^/]+/messages/@original"), WAIT);
        assertTrue(edit.body().path("embeds").get(0).path("description").asText().contains("Checked off: Programming (foundational)."),
                edit.body().toString());
        DiscordPlatformTest.assertNoMentions(edit.body());
        List<String> ids = DiscordPlatformTest.customIds(edit.body());
        assertTrue(ids.contains("mb:plan-undo:progression-programming-foundational") && !ids.contains(done), ids.toString());
        assertFalse(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.is("POST", "channels/\\d+/messages")
                || c.is("POST", "webhooks/\\d+/[^/]+")), "nothing new is posted");
        assertEquals(1, plan.plans().view(new mentorbot.mentor.UserKey(Platform.DISCORD, "", fake.userId)).orElseThrow().done());
    }

    @Test
    void badInputIsAnsweredPrivately() throws Exception {
        assertEquals("That level is above the role's", title(plan("set", "role", "ai developer", "level", "advanced")));
        assertEquals("I could not set the nudge", title(plan("nudge", "mode", "weekly", "day", "caturday")));
        JsonNode ping = plan("set", "role", "@everyone");
        assertFalse(ping.toString().contains("\"@everyone"), "never a ping: " + ping);
    }

    @Test
    void theWeeklyNudgeIsADirectMessageWithItsButtons() throws Exception {
        plan("set", "role", "cv");
        assertEquals("Weekly nudge on", title(plan("nudge", "mode", "weekly", "day", "monday", "time", "09:00", "zone", "UTC")));
        clock.advance(Duration.between(clock.instant(), Instant.parse("2025-03-10T09:00:00Z")));
        int mark = fake.mark();
        for (int i = 0; i < 3 && fake.calls().subList(mark, fake.mark()).isEmpty(); i++) {
            List<Runnable> due = new ArrayList<>(timerTasks);
            timerTasks.clear();
            due.forEach(Runnable::run);
        }
        FakeDiscord.Call open = fake.await(mark, c -> c.is("POST", "users/@me/channels"), WAIT);
        assertEquals(fake.userId, open.body().path("recipient_id").asText());
        String dm = FakeDiscord.dmChannelOf(fake.userId);
        FakeDiscord.Call nudge = fake.await(mark, c -> c.is("POST", "channels/" + dm + "/messages"), WAIT);
        assertEquals("This week on your learning plan", title(nudge.body()));
        DiscordPlatformTest.assertNoMentions(nudge.body());
        assertEquals(List.of("mb:run:plan", "mb:plan-done:progression-programming-foundational",
                        "mb:plan-later:progression-programming-foundational"),
                DiscordPlatformTest.customIds(nudge.body()));
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.is("POST", "channels/\\d+/messages")).count());

        // Done on the nudge, in the DM: the nudge itself is edited to show the plan.
        ObjectNode click = fake.button("mb:plan-done:progression-programming-foundational");
        click.remove(List.of("guild_id", "guild", "member", "guild_locale"));
        click.set("user", fake.user(fake.userId, "ada"));
        click.put("channel_id", dm).put("context", 1);
        ObjectNode channel = click.putObject("channel").put("id", dm).put("type", 1).put("flags", 0)
                .put("permissions", "2248473465835073");
        channel.putNull("last_message_id");
        channel.putArray("recipients").add(fake.user(fake.userId, "ada"));
        ((ObjectNode) click.get("message")).put("channel_id", dm).put("flags", 0);
        int mark2 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", click);
        assertEquals(6, fake.await(mark2, c -> c.is("POST", CALLBACK), WAIT).body().path("type").asInt());
        FakeDiscord.Call edit = fake.await(mark2, c -> c.is("PATCH", "webhooks/" + fake.appId + "/[^/]+/messages/@original"), WAIT);
        assertEquals("Your learning plan: Computer Vision Engineer", title(edit.body()));
        DiscordPlatformTest.assertNoMentions(edit.body());
        assertEquals(1, plan.plans().view(new mentorbot.mentor.UserKey(Platform.DISCORD, "", fake.userId)).orElseThrow().done(),
                "the DM click changed the learner's own plan");
        assertFalse(fake.calls().subList(mark2, fake.mark()).stream().anyMatch(c -> c.is("POST", "channels/\\d+/messages")));
    }
}
