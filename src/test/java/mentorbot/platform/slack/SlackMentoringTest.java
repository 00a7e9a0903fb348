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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Replies;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.RequestHandler;
import mentorbot.mentoring.MentoringFeature;
import mentorbot.mentoring.MentoringStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mentoring loop on the Slack wire (HTTP mode, signed requests, the loopback fake Web API): feedback buttons
 * under answers, votes, Ask a mentor posting one card to the mentors channel, Claim editing it and DMing the
 * learner, and who may set the mentors channel. Assertions are on what reached the fake.
 */
class SlackMentoringTest {

    static final String ADMIN = "UADMIN";
    static final String LEARNER = "U1";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private SlackPlatform slack;
    private SignedClient client;
    private MentoringFeature feature;
    private MentoringStore store;
    private Settings settings;
    private SlackMentorPort port;
    private final mentorbot.testing.MutableClock clock = new mentorbot.testing.MutableClock(Instant.parse("2025-03-03T10:00:00Z"));

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        settings = new Settings(null, null, null, null, null, new Settings.Http(0),
                new Settings.Slack("http", api.apiUrl(), List.of(ADMIN), new Secret(SlackHttpModeTest.BOT_TOKEN),
                        new Secret(SlackHttpModeTest.SECRET), new Secret(null)),
                null, null, dir.toString());
        store = MentoringStore.open(settings);
        port = new SlackMentorPort(SlackTipPoster.methods(settings.slack(), List.of()));
        feature = MentoringFeature.open(settings, clock, new SplittableRandom(7), Map.of(Platform.SLACK, port),
                () -> store);
        List<CommandSpec> specs = new ArrayList<>(TestCommands.ALL);
        specs.addAll(MentoringFeature.specs());
        slack = SlackPlatform.builder(settings, core(feature.commands()), specs).bindHost("127.0.0.1").workers(1, 64)
                .mentoring(feature.mentoring()).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
    }

    /** Runs the feature's commands for real; every other request is a question the bot cannot answer. */
    static RequestHandler core(List<Command> commands) {
        return request -> commands.stream().filter(c -> c.spec().name().equals(request.command())).findFirst()
                .map(c -> c.execute(new Invocation(request, request.text(), null, null)).reply())
                .orElseGet(() -> ReplyBuilder.titled("I am not sure").lead("I cannot answer \"" + request.text() + "\" yet.")
                        .unmatched().build());
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
        }
        feature.close();
        api.close();
    }

    private JsonNode command(String user, String name, String text) throws Exception {
        Map<String, String> form = SignedClient.slashCommand("/" + name, text, api.responseUrl(name));
        form.put("user_id", user);
        HttpResponse<String> resp = client.postForm(SignedClient.form(form));
        assertEquals(200, resp.statusCode(), resp.body());
        return Json.parse(resp.body());
    }

    private void click(String user, String channel, String value, String responseName) throws Exception {
        ObjectNode payload = (ObjectNode) Json.parse(SlackHttpModeTest.blockAction("mentorbot_0", value, api.responseUrl(responseName)));
        ((ObjectNode) payload.get("user")).put("id", user);
        ((ObjectNode) payload.get("channel")).put("id", channel);
        ((ObjectNode) payload.get("container")).put("channel_id", channel);
        assertEquals(200, client.postForm(SignedClient.form(Map.of("payload", payload.toString()))).statusCode());
    }

    private static List<String> values(JsonNode message) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : message.path("blocks")) {
            if (block.path("type").asText().equals("actions")) {
                block.path("elements").forEach(e -> out.add(e.path("value").asText()));
            }
        }
        return out;
    }

    private static String value(List<String> values, String prefix) {
        return values.stream().filter(v -> v.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + values));
    }

    /** The response_url call for {@code name}: ephemeral and never replacing the answer. */
    private JsonNode ephemeralResponse(String name) throws Exception {
        FakeSlackApi.Call call = api.nextResponse();
        assertNotNull(call, "a response to " + name);
        assertEquals("/respond/" + name, call.path());
        JsonNode body = Json.parse(call.body());
        assertEquals("ephemeral", body.path("response_type").asText(), call.body());
        assertFalse(body.path("replace_original").asBoolean(false), call.body());
        return body;
    }

    private static Map<String, String> form(FakeSlackApi.Call call) {
        return call.form();
    }

    @Test
    void anAnswerCarriesVoteButtonsAndAVoteIsOneRowPerUserAndAnswer() throws Exception {
        JsonNode ack = command(LEARNER, "mentor", "what is a vector store?");
        List<String> values = values(ack);
        String up = value(values, "mb:up:");
        String down = value(values, "mb:down:");
        String answerId = up.substring("mb:up:".length());
        assertEquals("mb:down:" + answerId, down, "both buttons name the same answer");
        assertFalse(values.stream().anyMatch(v -> v.startsWith("mb:askm:")), "no mentors channel: no Ask a mentor");
        String again = value(values(command(LEARNER, "mentor", "what is a vector store?")), "mb:up:");
        assertFalse(again.equals(up), "each request has its own answer id");

        click(LEARNER, "C1", up, "up");
        assertTrue(ephemeralResponse("up").path("text").asText().contains("Thanks"));
        click(LEARNER, "C1", down, "down");
        assertTrue(ephemeralResponse("down").path("text").asText().contains("Sorry"));
        List<MentoringStore.Vote> votes = store.votesSince(Instant.EPOCH);
        assertEquals(1, votes.size(), "one row per user and answer: " + votes);
        assertEquals(answerId, votes.get(0).answerId());
        String ref = votes.get(0).voterRef();
        assertEquals(store.userRef(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", LEARNER)), ref, "keyed by the pseudonym");
        assertTrue(ref.matches("[0-9a-f]{64}") && !ref.contains(LEARNER), "no raw user id in the vote: " + ref);
        assertFalse(votes.get(0).helpful(), "the second click changed it");
        assertNull(api.posts.poll(), "a vote posts nothing in any channel");
    }

    /**
     * "One moment, please" answers nothing: no 👍/👎 or Ask a mentor under it (there is a mentors channel), and it is
     * not recorded, so /insights does not count it as a question the bot declined.
     */
    @Test
    void aSlowDownInADmCarriesNoFeedbackButtonsAndIsNotRecorded() throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        slack.close();
        List<CommandSpec> specs = new ArrayList<>(TestCommands.ALL);
        specs.addAll(MentoringFeature.specs());
        slack = SlackPlatform.builder(settings, request -> Replies.slowDown(Duration.ofSeconds(3)), specs)
                .bindHost("127.0.0.1").workers(1, 64).mentoring(feature.mentoring()).start();
        client = new SignedClient(slack.httpPort(), SlackHttpModeTest.SECRET);
        String dm = SlackHttpModeTest.messageEvent("EvSlow", "DLEARNER", LEARNER, "what is a vector store?", null, null);
        assertEquals(200, client.postJson(dm, Map.of()).statusCode());
        FakeSlackApi.Call notice = api.nextPost();
        assertNotNull(notice);
        assertEquals("DLEARNER", notice.form().get("channel"));
        assertTrue(notice.form().get("text").contains("One moment, please"), notice.form().toString());
        assertEquals(List.of(), values(Json.parse("{\"blocks\":" + notice.form().get("blocks") + "}")), "no buttons");
        feature.mentoring().flush();
        assertEquals(List.of(), store.questionsSince(Instant.EPOCH).stream()
                .filter(q -> q.question().contains("vector store")).toList(), "the refused question is not recorded");
    }

    @Test
    void aMentionsThreadedAnswerCarriesTheSameFeedbackButtonsAsADmAnswer() throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        String event = SlackMentionTest.mention("EvFb", "320.100", LEARNER, "<@" + FakeSlackApi.BOT_USER + "> how do I negotiate equity?", null);
        assertEquals(200, client.postJson(event, Map.of()).statusCode());
        FakeSlackApi.Call answer = api.nextPost();
        assertNotNull(answer);
        assertEquals("320.100", answer.form().get("thread_ts"));
        List<String> values = values(Json.parse("{\"blocks\":" + answer.form().get("blocks") + "}"));
        String up = value(values, "mb:up:");
        assertEquals("mb:down:" + up.substring("mb:up:".length()), value(values, "mb:down:"));
        String ask = value(values, "mb:askm:");
        assertFalse(values.stream().anyMatch(v -> v.startsWith("mb:share:")), "already public: no Share");

        click(LEARNER, SlackMentionTest.CHANNEL, ask, "ask");
        assertTrue(ephemeralResponse("ask").path("text").asText().contains("Sent to the mentors"));
        assertEquals("C0MENTORS", form(api.nextPost()).get("channel"), "the card");
    }

    @Test
    void aNonAdminCannotSetTheMentorsChannel() throws Exception {
        JsonNode ack = command(LEARNER, "mentors", "channel #mentors");
        assertEquals("ephemeral", ack.path("response_type").asText());
        assertTrue(ack.path("text").asText().contains("Only admins"), ack.toString());
        assertTrue(store.mentorsChannels().isEmpty());
        JsonNode status = command(ADMIN, "mentors", "status");
        assertTrue(status.path("text").asText().contains("No mentors channel"), status.toString());
    }

    @Test
    void askAMentorPostsOneCardAndClaimEditsItAndDmsTheLearner() throws Exception {
        JsonNode set = command(ADMIN, "mentors", "channel #mentors");
        assertEquals("ephemeral", set.path("response_type").asText());
        assertTrue(set.toString().contains("Mentors channel set"), set.toString());

        JsonNode answer = command(LEARNER, "mentor", "how do I negotiate <!channel> equity?");
        String ask = value(values(answer), "mb:askm:");
        click(LEARNER, "C1", ask, "ask");
        assertTrue(ephemeralResponse("ask").path("text").asText().contains("Sent to the mentors"));

        FakeSlackApi.Call card = api.nextPost();
        assertNotNull(card, "the card");
        assertEquals(FakeSlackApi.MENTORS_ID, form(card).get("channel"), "#mentors resolved by conversations.list");
        assertNotNull(api.lists.poll(), "conversations.list was asked");
        String text = form(card).get("text");
        assertTrue(text.startsWith("<@" + LEARNER + "> asked for a mentor"), text);
        assertTrue(text.contains("&lt;!channel&gt;"), "the question is escaped: " + text);
        assertFalse(text.contains("<!channel>"), text);
        JsonNode blocks = Json.parse(form(card).get("blocks"));
        assertTrue(blocks.toString().contains("how do I negotiate &lt;!channel&gt; equity?"), blocks.toString());
        assertTrue(blocks.toString().contains("<@" + LEARNER + ">"), "the asker as a mention: " + blocks);
        assertEquals(1, blocks.toString().split("<@", -1).length - 1, "the asker is the only mention");
        assertNull(api.posts.poll(), "exactly one card, nothing public elsewhere");
        assertTrue(api.ephemerals.isEmpty());

        String claim = null;
        for (JsonNode b : blocks) {
            for (JsonNode e : b.path("elements")) {
                if (e.path("value").asText().startsWith("mb:claim:")) {
                    claim = e.path("value").asText();
                }
            }
        }
        assertNotNull(claim, "the card has Claim: " + blocks);
        click("UMENTOR", FakeSlackApi.MENTORS_ID, claim, "claim");
        JsonNode claimed = ephemeralResponse("claim");
        assertTrue(claimed.path("text").asText().contains("You claimed it"), claimed.toString());
        assertTrue(values(claimed).stream().anyMatch(v -> v.startsWith("mb:done:")), "the mentor is offered Resolved");

        FakeSlackApi.Call update = api.updates.poll(10, TimeUnit.SECONDS);
        assertNotNull(update, "the card is edited in place");
        assertEquals(FakeSlackApi.MENTORS_ID, update.form().get("channel"));
        assertEquals("200.1", update.form().get("ts"));
        String edited = Json.parse(update.form().get("blocks")).toString();
        assertTrue(edited.contains("Mentor request: Claimed"), edited);
        assertTrue(edited.contains("<@UMENTOR>"), edited);
        assertFalse(edited.contains("mb:claim:"), "Claim is gone from the edited card");
        FakeSlackApi.Call open = api.opens.poll(10, TimeUnit.SECONDS);
        assertNotNull(open);
        assertEquals(LEARNER, open.form().get("users"));
        FakeSlackApi.Call dm = api.nextPost();
        assertNotNull(dm, "the learner's DM");
        assertEquals("D" + LEARNER, dm.form().get("channel"));
        assertTrue(dm.form().get("text").contains("A mentor picked up your question"), dm.form().get("text"));

        click("UOTHER", FakeSlackApi.MENTORS_ID, claim, "again");
        assertTrue(ephemeralResponse("again").path("text").asText().contains("Already claimed"));
        assertNull(api.updates.poll(), "a refused claim edits nothing");
        assertNull(api.posts.poll());
    }

    @Test
    void aForgedButtonIsToldPolitely() throws Exception {
        click(LEARNER, "C1", "mb:up:NoSuchAnswer123", "forged");
        assertTrue(ephemeralResponse("forged").path("text").asText().contains("cannot find that answer"));
        click(LEARNER, "C1", "mb:claim:../../etc", "bad");
        assertTrue(ephemeralResponse("bad").path("text").asText().contains("no longer works"));
        assertTrue(store.votesSince(Instant.EPOCH).isEmpty());
    }
    /** Asks as the learner and clicks Ask a mentor; returns what the learner was told. */
    private String askAMentor(String question, String responseName) throws Exception {
        String ask = value(values(command(LEARNER, "mentor", question)), "mb:askm:");
        click(LEARNER, "C1", ask, responseName);
        return ephemeralResponse(responseName).path("text").asText();
    }

    private static String buttonValue(JsonNode blocks, String prefix) {
        for (JsonNode b : blocks) {
            for (JsonNode e : b.path("elements")) {
                if (e.path("value").asText().startsWith(prefix)) {
                    return e.path("value").asText();
                }
            }
        }
        throw new AssertionError("no " + prefix + " button in " + blocks);
    }

    @Test
    void aMentorsChannelTheBotIsNotInKeepsTheRequestAndTellsTheLearnerAndTheAdmin() throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        api.postError = "not_in_channel";
        String told = askAMentor("how do I negotiate equity?", "ask");
        assertTrue(told.contains("Your question could not be sent"), told);
        assertNotNull(api.refused.poll(10, TimeUnit.SECONDS), "Slack was asked, and refused");
        List<mentorbot.mentoring.MentorRequest> kept = store.requests(Platform.SLACK, "T1", 10);
        assertEquals(1, kept.size());
        assertEquals(mentorbot.mentoring.RequestState.UNSENT, kept.get(0).state(), "nothing lost: kept as unsent");
        JsonNode status = command(ADMIN, "mentors", "status");
        assertTrue(status.toString().contains("the bot is not a member of #mentors: invite it there"), status.toString());
        assertTrue(status.toString().contains("how do I negotiate equity?"), status.toString());

        api.postError = null; // invited: the learner's next click sends the same request
        String ask = value(values(command(LEARNER, "mentor", "how do I negotiate equity?")), "mb:askm:");
        click(LEARNER, "C1", "mb:askm:" + kept.get(0).answerId(), "again");
        assertTrue(ephemeralResponse("again").path("text").asText().contains("Sent to the mentors"));
        FakeSlackApi.Call card = api.nextPost();
        assertNotNull(card);
        assertEquals("C0MENTORS", form(card).get("channel"));
        assertEquals(1, store.requests(Platform.SLACK, "T1", 10).size(), "the same request, not a second: " + ask);
    }

    @Test
    void aReplayedClaimAndAClaimOnAResolvedCardChangeNothing() throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        askAMentor("how do I negotiate equity?", "ask");
        FakeSlackApi.Call card = api.nextPost();
        String claim = buttonValue(Json.parse(form(card).get("blocks")), "mb:claim:");
        click("UMENTOR", "C0MENTORS", claim, "claim");
        JsonNode claimed = ephemeralResponse("claim");
        String done = claimed.path("blocks").toString().replaceAll(".*\"(mb:done:[A-Za-z0-9]+)\".*", "$1");
        assertNotNull(api.updates.poll(10, TimeUnit.SECONDS));
        assertNotNull(api.nextPost(), "the learner's DM");

        click("UMENTOR", "C0MENTORS", claim, "replay"); // the same payload again
        assertTrue(ephemeralResponse("replay").path("text").asText().contains("You already claimed this request"));
        assertNull(api.updates.poll(), "a replayed claim edits nothing");
        assertNull(api.posts.poll(), "and DMs nobody again");

        click("UMENTOR", "C0MENTORS", done, "done");
        assertTrue(ephemeralResponse("done").path("text").asText().contains("Marked resolved"));
        FakeSlackApi.Call resolved = api.updates.poll(10, TimeUnit.SECONDS);
        assertTrue(Json.parse(resolved.form().get("blocks")).toString().contains("Mentor request: Resolved"));

        click("UOTHER", "C0MENTORS", claim, "late");
        assertTrue(ephemeralResponse("late").path("text").asText().contains("Already resolved"));
        assertNull(api.updates.poll(), "a claim on a resolved card edits nothing");
        assertNull(api.posts.poll());
        assertEquals(mentorbot.mentoring.RequestState.RESOLVED, store.requests(Platform.SLACK, "T1", 1).get(0).state());
    }

    @Test
    void theReminderIsPostedOnceInTheCardsThreadAndNotAgainAfterARestart() throws Exception {
        command(ADMIN, "mentors", "channel <#C0MENTORS|mentors>");
        askAMentor("how do I negotiate equity?", "ask");
        assertNotNull(api.nextPost(), "the card");
        List<Runnable> ticks = new java.util.concurrent.CopyOnWriteArrayList<>();
        feature.startReminders((task, delay) -> ticks.add(task));
        ticks.remove(0).run();
        assertNull(api.posts.poll(), "not due yet");
        clock.advance(Duration.ofHours(5));
        ticks.remove(0).run();
        FakeSlackApi.Call reminder = api.nextPost();
        assertNotNull(reminder);
        assertEquals("C0MENTORS", reminder.form().get("channel"));
        assertEquals("200.1", reminder.form().get("thread_ts"), "in the card's thread");
        assertTrue(reminder.form().get("text").startsWith("Still waiting for a mentor"), reminder.form().get("text"));
        assertFalse(reminder.form().get("text").contains("<@"), "the reminder pings nobody");
        ticks.remove(0).run();
        assertNull(api.posts.poll(), "once");

        // A restart: another feature on the same file, with the same port.
        MentoringFeature again = MentoringFeature.open(settings, clock, new SplittableRandom(8), Map.of(Platform.SLACK, port),
                () -> MentoringStore.open(settings));
        try {
            List<Runnable> later = new ArrayList<>();
            again.startReminders((task, delay) -> later.add(task));
            clock.advance(Duration.ofHours(5));
            later.remove(0).run();
            assertNull(api.posts.poll(), "not again after a restart");
        } finally {
            again.close();
        }
    }
}
