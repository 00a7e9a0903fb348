package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.testing.FakeTicker;
import mentorbot.testing.MutableClock;
import mentorbot.testing.TestCores;
import mentorbot.Core;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server message that mentions the bot, on the wire (JDA against the loopback fake gateway and REST): one public
 * reply to the asking message that parses no mention, follow-ups in its reply chain or thread on the first
 * question's subject, nothing for bots, webhooks, the system, edits or messages that do not mention the bot, and
 * a clear reply to bad input. Assertions are on what reached the fake.
 */
@Timeout(60)
class DiscordMentionTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    FakeDiscord fake;
    TestHandler handler;
    DiscordPlatform platform;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeDiscord();
        handler = new TestHandler();
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        platform = DiscordPlatform.builder(settings, handler, TestSpecs.all()).replyBudget(Duration.ofSeconds(5))
                .startTimeout(WAIT).errors(fake::error).start();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            fake.close();
        }
        assertEquals(List.of(), fake.errors(), "errors in listeners or Discord calls");
    }

    private String mention() {
        return "<@" + fake.botId + ">";
    }

    private ObjectNode ada() {
        return fake.user(fake.userId, "ada");
    }

    /** Posts {@code message} and returns the one message the bot posted in {@code channel} for it. */
    private FakeDiscord.Call answer(ObjectNode message, String channel) throws Exception {
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", message);
        return fake.await(mark, c -> c.is("POST", "channels/" + channel + "/messages"), WAIT);
    }

    /** A reply to {@code asking}, public, that pings no one: no mention parsed, and not even the asker's reply ping. */
    static void assertReplyPingingNoOne(JsonNode body, JsonNode asking) {
        assertEquals(asking.path("id").asText(), body.path("message_reference").path("message_id").asText(), body.toString());
        assertEquals(0, body.path("flags").asInt() & 64, "public, as the question was");
        DiscordPlatformTest.assertNoMentions(body);
        assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true), "no reply ping: " + body);
    }

    @Test
    void aMentionInAChannelGetsOneReplyToTheAskingMessageThatPingsNoOne() throws Exception {
        ObjectNode asking = fake.guildMessage(fake.channelId, ada(), mention() + " what does an MLOps engineer earn?");
        int mark = fake.mark();
        JsonNode body = answer(asking, fake.channelId).body();
        assertEquals(Request.freeText(Platform.DISCORD, fake.guildId, fake.userId, fake.channelId,
                        "what does an MLOps engineer earn?").from(DiscordListener.caller(false)).inThread(asking.path("id").asText()),
                handler.next(), "the question without the mention, rate-limited, in its own conversation");
        assertReplyPingingNoOne(body, asking);
        assertEquals("Answer", body.path("embeds").get(0).path("title").asText());
        assertEquals("You asked: what does an MLOps engineer earn?", body.path("embeds").get(0).path("description").asText());
        List<String> ids = DiscordPlatformTest.customIds(body);
        assertTrue(ids.contains("mb:run:salary senior"), "the suggestions, as in a DM: " + ids);
        assertFalse(ids.stream().anyMatch(id -> id.startsWith("mb:share:")), "public already: nothing to share");
        platform.close(); // lets every accepted answer finish: nothing more may follow
        platform = null;
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.method().equals("POST")).count(),
                "exactly one post: " + FakeDiscord.paths(fake.calls().subList(mark, fake.mark())));
    }

    @Test
    void theNicknameFormOfTheMentionAnywhereInTheTextCountsAndIsTakenOut() throws Exception {
        ObjectNode asking = fake.guildMessage(fake.channelId, ada(), "hey <@!" + fake.botId + ">, which role fits me? " + mention());
        assertReplyPingingNoOne(answer(asking, fake.channelId).body(), asking);
        assertEquals("hey , which role fits me?", handler.next().text());
    }

    @Test
    void aMentionInAThreadIsAnsweredThereInTheThreadsConversation() throws Exception {
        ObjectNode asking = fake.guildMessage(fake.threadId, ada(), mention() + " do I need a PhD?");
        assertReplyPingingNoOne(answer(asking, fake.threadId).body(), asking);
        Request request = handler.next();
        assertEquals(fake.threadId, request.channelId());
        assertEquals(fake.threadId, request.thread(), "the thread is the conversation");
    }

    @Test
    void aSecondMentionReplyingToTheAnswerIsAnsweredOnTheFirstQuestionsSubject() throws Exception {
        TestCores.Rig rig = TestCores.rig();
        handler.behaviour = rig.core().handler()::handle;
        ObjectNode first = fake.guildMessage(fake.channelId, ada(), mention() + " what does an MLOps engineer earn?");
        FakeDiscord.Call answered = answer(first, fake.channelId);
        assertTrue(answered.body().path("embeds").toString().contains("MLOps"), answered.body().toString());
        handler.next();

        // Someone else replies to the bot's answer: the reply chain is one conversation, whoever asks.
        ObjectNode followUp = FakeDiscord.replyTo(fake.guildMessage(fake.channelId,
                fake.user(FakeDiscord.snowflake(), "grace"), mention() + " and the senior level?"), answered.created());
        JsonNode body = answer(followUp, fake.channelId).body();
        assertReplyPingingNoOne(body, followUp);
        assertEquals(first.path("id").asText(), handler.next().thread(), "the chain's root");
        String embeds = body.path("embeds").toString();
        assertTrue(embeds.contains("MLOps") && embeds.toLowerCase().contains("senior"), embeds);

        // A mention outside that chain starts a conversation of its own.
        ObjectNode elsewhere = fake.guildMessage(fake.channelId, ada(), mention() + " and the senior level?");
        JsonNode alone = answer(elsewhere, fake.channelId).body();
        assertEquals(elsewhere.path("id").asText(), handler.next().thread());
        assertFalse(alone.path("embeds").toString().contains("MLOps Engineer"), alone.toString());
    }

    @Test
    void aReplyToAnAnswerTheBotNoLongerRemembersStillFindsTheQuestionItAnswered() throws Exception {
        ObjectNode first = fake.guildMessage(fake.channelId, ada(), mention() + " what does an MLOps engineer earn?");
        answer(first, fake.channelId);
        handler.next();
        // An answer of the bot's from before a restart: Discord includes it, and the question it replied to.
        ObjectNode old = fake.message(FakeDiscord.snowflake(), fake.channelId, fake.botUser(), "", 0);
        old.put("type", 19).putObject("message_reference").put("message_id", first.path("id").asText())
                .put("channel_id", fake.channelId);
        ObjectNode followUp = FakeDiscord.replyTo(fake.guildMessage(fake.channelId, ada(), mention() + " and the senior level?"), old);
        answer(followUp, fake.channelId);
        assertEquals(first.path("id").asText(), handler.next().thread());
    }

    @Test
    void botsWebhooksSystemMessagesEditsAndMessagesNotMentioningTheBotGetNothing() throws Exception {
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, fake.botUser(), mention() + " my own answer"));
        ObjectNode otherBot = fake.user(FakeDiscord.snowflake(), "otherbot").put("bot", true);
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, otherBot, mention() + " beep"));
        ObjectNode webhook = fake.guildMessage(fake.channelId, fake.user(FakeDiscord.snowflake(), "Captain Hook"),
                mention() + " from a webhook");
        webhook.put("webhook_id", FakeDiscord.snowflake()).remove("member");
        fake.dispatch("MESSAGE_CREATE", webhook);
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), mention()).put("type", 6)); // a pin notice
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), "what does an MLOps engineer earn?"));
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), "@everyone what does an MLOps engineer earn?"));
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), "<@&" + fake.guildId + "> role ping"));
        ObjectNode pingOnly = fake.guildMessage(fake.channelId, ada(), "thanks!"); // a reply that pings the bot, no mention in the text
        ((com.fasterxml.jackson.databind.node.ArrayNode) pingOnly.get("mentions")).add(fake.botUser());
        fake.dispatch("MESSAGE_CREATE", pingOnly);
        ObjectNode edited = fake.guildMessage(fake.channelId, ada(), mention() + " edited into a question");
        edited.put("edited_timestamp", java.time.Instant.now().toString());
        fake.dispatch("MESSAGE_UPDATE", edited);
        // Events are handled in order: the first request the core sees must be this one.
        ObjectNode last = fake.guildMessage(fake.channelId, ada(), mention() + " the one to answer");
        fake.dispatch("MESSAGE_CREATE", last);
        assertEquals("the one to answer", handler.next().text());
        FakeDiscord.Call only = fake.await(mark, c -> c.is("POST", "channels/\\d+/messages"), WAIT);
        assertEquals(last.path("id").asText(), only.body().path("message_reference").path("message_id").asText());
        platform.close();
        platform = null;
        assertTrue(handler.received.isEmpty(), "nothing else reached the core: " + handler.received);
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.method().equals("POST")).count(),
                FakeDiscord.paths(fake.calls().subList(mark, fake.mark())).toString());
    }

    @Test
    void aBareMentionGetsAHintOfWhatToAskThroughTheCore() throws Exception {
        ObjectNode asking = fake.guildMessage(fake.channelId, ada(), "  " + mention() + "  ");
        JsonNode body = answer(asking, fake.channelId).body();
        assertReplyPingingNoOne(body, asking);
        JsonNode embed = body.path("embeds").get(0);
        assertEquals("Ask me after the mention", embed.path("title").asText());
        assertTrue(embed.path("description").asText().contains("@mentor-bot what does a senior AI engineer earn?"), embed.toString());
        assertEquals(List.of("mb:run:mentor help"), DiscordPlatformTest.customIds(body));
        assertEquals("", handler.next().text(), "asked of the core, which rate-limits it like a question");
    }

    /**
     * One request a minute, the real core: a refused mention gets one public notice per person and channel per
     * minute, replying to it and pinging no one; the questions refused are never answered; a bare mention counts.
     */
    @Test
    void aRateLimitedPersonIsToldOncePerWindowAndABareMentionCounts() throws Exception {
        platform.close();
        MutableClock clock = MutableClock.atEpoch();
        Core core = Core.create(new Settings(null, null, null, new Settings.RateLimit(1, 1), null, null, null, null, null,
                null), clock, new FakeTicker(), new SplittableRandom(42), List.of());
        handler.behaviour = core.handler()::handle;
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        // One worker: mentions are answered in the order sent, so a later answer proves the earlier ones are done.
        platform = DiscordPlatform.builder(settings, handler, TestSpecs.all()).replyBudget(Duration.ofSeconds(5))
                .workers(1, 64).clock(clock).startTimeout(WAIT).errors(fake::error).start();
        String posts = "channels/" + fake.channelId + "/messages";
        ObjectNode grace = fake.user(FakeDiscord.snowflake(), "grace");

        assertTrue(answer(fake.guildMessage(fake.channelId, ada(), mention() + " what does an MLOps engineer earn?"),
                fake.channelId).body().toString().contains("MLOps"));
        int mark = fake.mark();
        ObjectNode refused = fake.guildMessage(fake.channelId, ada(), mention() + " what does an NLP engineer do?");
        fake.dispatch("MESSAGE_CREATE", refused);
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), mention() + " hello?? what about NLP?"));
        ObjectNode sentinel = fake.guildMessage(fake.channelId, grace, mention() + " what does an NLP engineer do?");
        fake.dispatch("MESSAGE_CREATE", sentinel);
        List<FakeDiscord.Call> sent = fake.awaitCount(mark, c -> c.is("POST", posts), 2, WAIT);
        JsonNode notice = sent.get(0).body();
        assertReplyPingingNoOne(notice, refused);
        assertEquals("One moment, please", notice.path("embeds").get(0).path("title").asText(), notice.toString());
        assertEquals(List.of(), DiscordPlatformTest.customIds(notice), "no buttons under a notice");
        assertEquals(sentinel.path("id").asText(), sent.get(1).body().path("message_reference").path("message_id").asText(),
                "the second refusal in the window got nothing public; someone else is answered");

        // A minute later: a bare mention takes the person's one request, so the question after it is refused, and
        // a new window allows a new notice.
        clock.advance(SlowDownNotices.WINDOW.plusSeconds(1));
        ObjectNode bare = fake.guildMessage(fake.channelId, ada(), mention());
        assertEquals("Ask me after the mention", answer(bare, fake.channelId).body().path("embeds").get(0).path("title").asText());
        mark = fake.mark();
        ObjectNode afterBare = fake.guildMessage(fake.channelId, ada(), mention() + " what does an NLP engineer do?");
        JsonNode second = answer(afterBare, fake.channelId).body();
        assertReplyPingingNoOne(second, afterBare);
        assertEquals("One moment, please", second.path("embeds").get(0).path("title").asText());
        platform.close(); // lets every accepted answer finish: nothing more may follow
        platform = null;
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.method().equals("POST")).count(),
                "the refused questions are not answered later: " + FakeDiscord.paths(fake.calls().subList(mark, fake.mark())));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("ten thousand characters", " what does an MLOps engineer earn? " + "x".repeat(10_000)),
                Arguments.of("markup", " **what** does an `MLOps` engineer earn? <@&1234> <#5678> ||spoiler|| [link](https://x.test) > quote"),
                Arguments.of("@everyone inside", " what does @everyone earn as an MLOps engineer, @here?"),
                Arguments.of("another member's mention inside", " what does <@" + "123456789012345678" + "> earn as an MLOps engineer?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputGetsAClearReplyThatPingsNoOne(String what, String question) throws Exception {
        TestCores.Rig rig = TestCores.rig();
        handler.behaviour = rig.core().handler()::handle;
        ObjectNode asking = fake.guildMessage(fake.channelId, fake.user(FakeDiscord.snowflake(), "learner"), mention() + question);
        int mark = fake.mark();
        JsonNode body = answer(asking, fake.channelId).body();
        assertReplyPingingNoOne(body, asking);
        String text = body.toString();
        assertFalse(text.contains("@everyone") || text.contains("@here"), "no live @everyone or @here: " + text);
        assertTrue(body.path("embeds").size() >= 1 && !body.path("embeds").get(0).path("title").asText().isBlank(), text);
        assertTrue(text.length() < 8_000, "within Discord's limits: " + text.length());
        if (question.length() > 5_000) {
            assertTrue(text.contains("Your message was long"), "says it was cut: " + text);
        }
        platform.close();
        platform = null;
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.method().equals("POST")).count());
    }

    @Test
    void aChannelTheBotMayNotPostInIsLoggedOnceAndTheBotGoesOn() throws Exception {
        fake.refusePostsTo = fake.channelId;
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), mention() + " first"));
        fake.dispatch("MESSAGE_CREATE", fake.guildMessage(fake.channelId, ada(), mention() + " second"));
        List<FakeDiscord.Call> refused = fake.awaitCount(mark, c -> c.is("POST", "channels/" + fake.channelId + "/messages"), 2, WAIT);
        assertEquals(2, refused.size(), "each answer tried once, none retried");
        fake.awaitErrors(1, WAIT);

        fake.refusePostsTo = null; // the permission given: the next mention is answered
        ObjectNode asking = fake.guildMessage(fake.channelId, ada(), mention() + " third");
        assertReplyPingingNoOne(answer(asking, fake.channelId).body(), asking);
        // The refusals reached the fixture as one warning for the channel, nothing thrown anywhere.
        List<Throwable> logged = fake.errors();
        assertEquals(1, logged.size(), logged.toString());
        assertTrue(logged.get(0).getMessage().contains("Cannot answer mentions in Discord channel " + fake.channelId),
                logged.toString());
        fake.clearErrors();
    }
}
