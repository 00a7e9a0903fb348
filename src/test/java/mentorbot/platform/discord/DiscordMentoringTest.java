package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.mentoring.MentoringStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mentoring loop on the Discord wire (JDA against the loopback fake REST and gateway): feedback buttons,
 * votes, Ask a mentor posting one card that pings the asker alone, Claim editing it (allowed mentions set on the
 * edit too) and DMing the learner, and who may set the mentors channel. Assertions are on what reached the fake.
 */
@Timeout(60)
class DiscordMentoringTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final String CALLBACK = "interactions/\\d+/[^/]+/callback";

    @TempDir
    Path dir;

    private FakeDiscord fake;
    private DiscordPlatform platform;
    private MentoringFeature feature;
    private MentoringStore store;
    private String mentors;
    private Settings settings;
    private DiscordMentorPort port;
    private final mentorbot.testing.MutableClock clock = new mentorbot.testing.MutableClock(Instant.parse("2025-03-03T10:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        mentors = FakeDiscord.snowflake();
        settings = new Settings(null, null, null, null, null, null, null, null, null, dir.toString());
        store = MentoringStore.open(settings);
        port = new DiscordMentorPort(HttpClient.newHttpClient(), fake.apiUrl(), "test-token", WAIT);
        feature = MentoringFeature.open(settings, clock, new SplittableRandom(11), Map.of(Platform.DISCORD, port),
                () -> store);
        List<CommandSpec> specs = new ArrayList<>(TestSpecs.all());
        specs.addAll(MentoringFeature.specs());
        Settings.Discord discord = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0, new Secret("test-token"));
        platform = DiscordPlatform.builder(discord, core(feature.commands()), specs).replyBudget(Duration.ofSeconds(5))
                .startTimeout(WAIT).errors(fake::error).mentoring(feature.mentoring()).start();
    }

    /** Runs the feature's commands for real; every other request is a question the bot cannot answer. */
    static RequestHandler core(List<Command> commands) {
        return request -> commands.stream().filter(c -> c.spec().name().equals(request.command())).findFirst()
                .map(c -> c.execute(new Invocation(request, request.text(), null, null)).reply())
                .orElseGet(() -> ReplyBuilder.titled("I am not sure").lead("I cannot answer \"" + request.text() + "\" yet.")
                        .unmatched().build());
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
            feature.close();
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    /** {@code /mentors channel} with the channel picked (option type 7), by {@code user}. */
    private JsonNode setChannel(String user) throws Exception {
        ObjectNode i = fake.slash("mentors", "channel", "channel", mentors);
        ((ObjectNode) i.at("/data/options/0/options/0")).put("type", 7);
        if (!user.equals(fake.userId)) {
            fake.by(i, user);
        }
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", i);
        JsonNode body = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(64, body.path("data").path("flags").asInt() & 64, "private");
        return body.path("data");
    }

    /** Clicks {@code customId} as {@code user}: deferred privately, then the ephemeral follow-up, returned. */
    private JsonNode click(String customId, String user) throws Exception {
        ObjectNode i = fake.button(customId);
        if (!user.equals(fake.userId)) {
            fake.by(i, user);
        }
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", i);
        JsonNode deferred = fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body();
        assertEquals(5, deferred.path("type").asInt(), "deferred");
        assertEquals(64, deferred.path("data").path("flags").asInt() & 64, "privately");
        JsonNode followUp = fake.await(mark, c -> c.is("POST", "webhooks/" + fake.appId + "/[^/]+"), WAIT).body();
        assertEquals(64, followUp.path("flags").asInt() & 64, "the answer stays private");
        DiscordPlatformTest.assertNoMentions(followUp);
        return followUp;
    }

    private JsonNode ask(String question) throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("mentor", null, "question", question));
        return fake.await(mark, c -> c.is("POST", CALLBACK), WAIT).body().path("data");
    }

    private static String id(List<String> ids, String prefix) {
        return ids.stream().filter(v -> v.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + ids));
    }

    private static String title(JsonNode message) {
        return message.path("embeds").get(0).path("title").asText();
    }

    @Test
    void anAnswerCarriesVoteButtonsAndAVoteIsOneRowPerUserAndAnswer() throws Exception {
        List<String> ids = DiscordPlatformTest.customIds(ask("what is a vector store?"));
        String up = id(ids, "mb:up:");
        String answerId = up.substring("mb:up:".length());
        assertTrue(ids.contains("mb:down:" + answerId), ids.toString());
        assertFalse(ids.stream().anyMatch(v -> v.startsWith("mb:askm:")), "no mentors channel: no Ask a mentor");

        int mark = fake.mark();
        assertEquals("Thanks for the feedback", title(click(up, fake.userId)));
        click("mb:down:" + answerId, fake.userId);
        List<MentoringStore.Vote> votes = store.votesSince(Instant.EPOCH);
        assertEquals(1, votes.size(), "one row per user and answer: " + votes);
        assertFalse(votes.get(0).helpful(), "the second click changed it");
        assertFalse(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.is("POST", "channels/\\d+/messages")),
                "a vote posts nothing in any channel");
    }

    @Test
    void aMemberWithoutManageChannelsCannotSetTheMentorsChannel() throws Exception {
        JsonNode refused = setChannel(FakeDiscord.snowflake());
        assertEquals("Only admins can do this", title(refused));
        assertTrue(store.mentorsChannels().isEmpty());
        JsonNode set = setChannel(fake.userId); // the server's owner
        assertEquals("Mentors channel set", title(set));
        assertEquals("<#" + mentors + ">", set.path("embeds").get(0).path("fields").get(0).path("value").asText());
        DiscordPlatformTest.assertNoMentions(set);
    }

    @Test
    void askAMentorPostsOneCardAndClaimEditsItAndDmsTheLearner() throws Exception {
        setChannel(fake.userId);
        List<String> ids = DiscordPlatformTest.customIds(ask("how do I negotiate @everyone equity?"));
        String ask = id(ids, "mb:askm:");

        int mark = fake.mark();
        assertEquals("Sent to the mentors", title(click(ask, fake.userId)));
        FakeDiscord.Call card = fake.await(mark, c -> c.is("POST", "channels/" + mentors + "/messages"), WAIT);
        JsonNode body = card.body();
        assertTrue(body.path("content").asText().startsWith("<@" + fake.userId + "> asked for a mentor"), body.toString());
        assertTrue(body.path("content").asText().contains("@\u200beveryone"), "the question cannot ping: " + body);
        JsonNode am = body.path("allowed_mentions");
        assertEquals(0, am.path("parse").size(), am.toString());
        assertEquals(1, am.path("users").size(), am.toString());
        assertEquals(fake.userId, am.path("users").get(0).asText(), "the asker alone may be pinged");
        assertTrue(body.path("embeds").toString().contains("how do I negotiate @\u200beveryone equity?"), body.toString());
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream()
                .filter(c -> c.is("POST", "channels/\\d+/messages")).count(), "exactly one card, nothing public elsewhere");
        String claim = id(DiscordPlatformTest.customIds(body), "mb:claim:");

        String mentor = FakeDiscord.snowflake();
        int mark2 = fake.mark();
        JsonNode claimed = click(claim, mentor);
        assertEquals("You claimed it", title(claimed));
        assertTrue(DiscordPlatformTest.customIds(claimed).stream().anyMatch(v -> v.startsWith("mb:done:")));
        FakeDiscord.Call edit = fake.await(mark2, c -> c.is("PATCH", "channels/" + mentors + "/messages/\\d+"), WAIT);
        assertTrue(edit.body().path("embeds").get(0).path("title").asText().contains("Claimed"), edit.body().toString());
        assertTrue(edit.body().path("embeds").toString().contains("<@" + mentor + ">"), "the mentor named on the card");
        JsonNode editMentions = edit.body().path("allowed_mentions");
        assertEquals(0, editMentions.path("parse").size(), "the edit sets allowed mentions too: " + editMentions);
        assertEquals(List.of(fake.userId), List.of(editMentions.path("users").get(0).asText()));
        assertFalse(DiscordPlatformTest.customIds(edit.body()).stream().anyMatch(v -> v.startsWith("mb:claim:")));
        FakeDiscord.Call open = fake.await(mark2, c -> c.is("POST", "users/@me/channels"), WAIT);
        assertEquals(fake.userId, open.body().path("recipient_id").asText());
        String dm = FakeDiscord.dmChannelOf(fake.userId);
        FakeDiscord.Call told = fake.await(mark2, c -> c.is("POST", "channels/" + dm + "/messages"), WAIT);
        assertEquals("A mentor picked up your question", title(told.body()));
        DiscordPlatformTest.assertNoMentions(told.body());

        int mark3 = fake.mark();
        assertEquals("Already claimed", title(click(claim, FakeDiscord.snowflake())));
        assertFalse(fake.calls().subList(mark3, fake.mark()).stream().anyMatch(c -> c.method().equals("PATCH")
                || c.is("POST", "channels/\\d+/messages")), "a refused claim edits and sends nothing");
    }

    @Test
    void aMentionsPublicReplyCarriesTheFeedbackButtonsAndOnlyTheAskerMayAskAMentorFromIt() throws Exception {
        setChannel(fake.userId);
        ObjectNode asking = fake.guildMessage(fake.channelId, fake.user(fake.userId, "ada"),
                "<@" + fake.botId + "> how do I negotiate equity?");
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", asking);
        JsonNode reply = fake.await(mark, c -> c.is("POST", "channels/" + fake.channelId + "/messages"), WAIT).body();
        assertEquals(asking.path("id").asText(), reply.path("message_reference").path("message_id").asText());
        DiscordPlatformTest.assertNoMentions(reply);
        List<String> ids = DiscordPlatformTest.customIds(reply);
        String up = id(ids, "mb:up:");
        String ask = id(ids, "mb:askm:");
        assertTrue(ids.contains("mb:down:" + up.substring("mb:up:".length())), ids.toString());

        assertEquals("Thanks for the feedback", title(click(up, FakeDiscord.snowflake())), "anyone in the channel may vote");
        int refused = fake.mark();
        assertEquals("Only the person who asked can do that", title(click(ask, FakeDiscord.snowflake())));
        assertFalse(since(refused).stream().anyMatch(c -> c.is("POST", "channels/" + mentors + "/messages")));
        int sent = fake.mark();
        assertEquals("Sent to the mentors", title(click(ask, fake.userId)));
        JsonNode card = fake.await(sent, c -> c.is("POST", "channels/" + mentors + "/messages"), WAIT).body();
        assertTrue(card.path("embeds").toString().contains("how do I negotiate equity?"), card.toString());
    }

    @Test
    void aForgedButtonIsToldPolitely() throws Exception {
        assertEquals("I cannot find that answer", title(click("mb:up:NoSuchAnswer123", fake.userId)));
        assertTrue(store.votesSince(Instant.EPOCH).isEmpty());
    }
    /** Sets the channel, asks, clicks Ask a mentor; returns the learner's private answer. */
    private JsonNode askAMentor(String question) throws Exception {
        String ask = id(DiscordPlatformTest.customIds(ask(question)), "mb:askm:");
        return click(ask, fake.userId);
    }

    private List<FakeDiscord.Call> since(int mark) {
        return fake.calls().subList(mark, fake.mark());
    }

    @Test
    void aMentorsChannelTheBotMayNotPostInKeepsTheRequestAndTellsTheLearnerAndTheAdmin() throws Exception {
        setChannel(fake.userId);
        fake.refusePostsTo = mentors;
        int mark = fake.mark();
        JsonNode told = askAMentor("how do I negotiate equity?");
        assertEquals("Your question could not be sent", title(told));
        assertTrue(since(mark).stream().anyMatch(c -> c.is("POST", "channels/" + mentors + "/messages")), "Discord was asked");
        List<mentorbot.mentoring.MentorRequest> kept = store.requests(Platform.DISCORD, fake.guildId, 10);
        assertEquals(1, kept.size());
        assertEquals(mentorbot.mentoring.RequestState.UNSENT, kept.get(0).state(), "nothing lost: kept as unsent");

        ObjectNode status = fake.slash("mentors", "status");
        int mark2 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", status);
        JsonNode shown = fake.await(mark2, c -> c.is("POST", CALLBACK), WAIT).body().path("data");
        assertTrue(shown.toString().contains("Missing Permissions") && shown.toString().contains("Send Messages"), shown.toString());
        assertTrue(shown.toString().contains("how do I negotiate equity?"), shown.toString());

        fake.refusePostsTo = null; // permission given: the learner's next click sends the same request
        int mark3 = fake.mark();
        assertEquals("Sent to the mentors", title(click("mb:askm:" + kept.get(0).answerId(), fake.userId)));
        fake.await(mark3, c -> c.is("POST", "channels/" + mentors + "/messages"), WAIT);
        assertEquals(1, store.requests(Platform.DISCORD, fake.guildId, 10).size());
    }

    @Test
    void aReplayedClaimAndAClaimOnAResolvedCardChangeNothing() throws Exception {
        setChannel(fake.userId);
        int mark = fake.mark();
        askAMentor("how do I negotiate equity?");
        FakeDiscord.Call card = fake.await(mark, c -> c.is("POST", "channels/" + mentors + "/messages"), WAIT);
        String claim = id(DiscordPlatformTest.customIds(card.body()), "mb:claim:");
        String mentor = FakeDiscord.snowflake();
        JsonNode claimed = click(claim, mentor);
        String done = id(DiscordPlatformTest.customIds(claimed), "mb:done:");

        int replay = fake.mark();
        assertEquals("You have this one", title(click(claim, mentor))); // the same click again
        assertFalse(since(replay).stream().anyMatch(c -> c.method().equals("PATCH") || c.is("POST", "channels/\\d+/messages")
                || c.is("POST", "users/@me/channels")), "a replayed claim edits, DMs and posts nothing");

        int resolve = fake.mark();
        assertEquals("Resolved", title(click(done, mentor)));
        FakeDiscord.Call edit = fake.await(resolve, c -> c.is("PATCH", "channels/" + mentors + "/messages/\\d+"), WAIT);
        assertTrue(edit.body().path("embeds").get(0).path("title").asText().contains("Resolved"), edit.body().toString());

        int late = fake.mark();
        assertEquals("Already resolved", title(click(claim, FakeDiscord.snowflake())));
        assertFalse(since(late).stream().anyMatch(c -> c.method().equals("PATCH") || c.is("POST", "channels/\\d+/messages")),
                "a claim on a resolved card changes nothing");
    }

    @Test
    void theReminderIsPostedOnceAsAReplyToTheCardAndNotAgainAfterARestart() throws Exception {
        setChannel(fake.userId);
        int mark = fake.mark();
        askAMentor("how do I negotiate equity?");
        FakeDiscord.Call card = fake.await(mark, c -> c.is("POST", "channels/" + mentors + "/messages"), WAIT);
        List<Runnable> ticks = new java.util.concurrent.CopyOnWriteArrayList<>();
        feature.startReminders((task, delay) -> ticks.add(task));
        int before = fake.mark();
        ticks.remove(0).run();
        assertFalse(since(before).stream().anyMatch(c -> c.is("POST", "channels/\\d+/messages")), "not due yet");
        clock.advance(Duration.ofHours(5));
        int due = fake.mark();
        ticks.remove(0).run();
        ticks.remove(0).run();
        List<FakeDiscord.Call> reminders = since(due).stream().filter(c -> c.is("POST", "channels/" + mentors + "/messages")).toList();
        assertEquals(1, reminders.size(), "one reminder: " + reminders);
        JsonNode body = reminders.get(0).body();
        assertTrue(body.path("content").asText().startsWith("Still waiting for a mentor"), body.toString());
        assertFalse(body.path("message_reference").path("message_id").asText().isEmpty(), "a reply to the card: " + body);
        assertEquals(0, body.path("allowed_mentions").path("parse").size(), body.toString());
        assertFalse(body.path("allowed_mentions").has("users"), "the reminder pings nobody: " + body);
        assertTrue(card.body().toString().length() > 0);

        MentoringFeature again = MentoringFeature.open(settings, clock, new SplittableRandom(12), Map.of(Platform.DISCORD, port),
                () -> MentoringStore.open(settings));
        try {
            List<Runnable> later = new ArrayList<>();
            again.startReminders((task, delay) -> later.add(task));
            clock.advance(Duration.ofHours(5));
            int restarted = fake.mark();
            later.remove(0).run();
            assertFalse(since(restarted).stream().anyMatch(c -> c.is("POST", "channels/\\d+/messages")), "not again after a restart");
        } finally {
            again.close();
        }
    }
}
