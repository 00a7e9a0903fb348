package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Visibility;
import java.util.stream.Stream;

/** The adapter end to end against a fake Discord on loopback: JDA, the gateway and REST for real. */
@Timeout(60)
class DiscordPlatformTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    FakeDiscord fake;
    TestHandler handler;
    DiscordPlatform platform;

    @BeforeEach
    void start(org.junit.jupiter.api.TestInfo info) throws Exception {
        fake = new FakeDiscord();
        org.slf4j.LoggerFactory.getLogger(getClass()).info("TEST {} against {}", info.getDisplayName(), fake.apiUrl());
        handler = new TestHandler();
        platform = startPlatform(Duration.ofSeconds(5));
    }

    DiscordPlatform startPlatform(Duration budget) {
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        return DiscordPlatform.builder(settings, handler, TestSpecs.all())
                .completer(new TestCompleter())
                .replyBudget(budget)
                .startTimeout(WAIT)
                .errors(fake::error)
                .start();
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

    @Test
    void salaryCommandAnswersEphemeralEmbedWithoutMentions() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("salary", null, "level", "senior", "role", "nlp"));
        Request request = handler.next();
        assertEquals(Request.command(Platform.DISCORD, fake.guildId, fake.userId, fake.channelId, "salary", "senior nlp").from(DiscordListener.USER), request);
        FakeDiscord.Call call = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT);
        JsonNode body = call.body();
        assertEquals(4, body.path("type").asInt());
        assertEquals(64, body.path("data").path("flags").asInt() & 64);
        assertEquals("/salary", body.path("data").path("embeds").get(0).path("title").asText());
        assertTrue(body.path("data").path("allowed_mentions").path("parse").isArray());
        assertEquals(0, body.path("data").path("allowed_mentions").path("parse").size());
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("role", null, new String[] {"role", "mlops"}, "mlops"),
                Arguments.of("role", null, new String[] {}, ""),
                Arguments.of("roadmap", null, new String[] {"level", "advanced", "role", "nlp"}, "nlp advanced"),
                Arguments.of("interview", null, new String[] {"topic", "Do I need a PhD?"}, "Do I need a PhD?"),
                Arguments.of("salary", null, new String[] {"region", "Seattle", "level", "big tech"}, "big tech Seattle"),
                Arguments.of("tip", null, new String[] {}, ""),
                Arguments.of("tips", "subscribe", new String[] {"time", "09:30", "zone", "Europe/Berlin"},
                        "subscribe 09:30 Europe/Berlin"),
                Arguments.of("tips", "status", new String[] {}, "status"),
                Arguments.of("tips", "unsubscribe", new String[] {}, "unsubscribe"),
                Arguments.of("mentor", null, new String[] {"question", "what does an NLP engineer earn?"},
                        "what does an NLP engineer earn?"));
    }

    @ParameterizedTest(name = "/{0} {1} {2}")
    @MethodSource("commands")
    void everyCommandIsAnsweredAtOnceAsPrivateEmbed(String name, String sub, String[] options, String text)
            throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash(name, sub, options));
        Request request = handler.next();
        assertEquals(Request.command(Platform.DISCORD, fake.guildId, fake.userId, fake.channelId, name, text).from(DiscordListener.USER), request);
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(4, body.path("type").asInt(), "CHANNEL_MESSAGE_WITH_SOURCE");
        JsonNode data = body.path("data");
        assertEquals(64, data.path("flags").asInt() & 64, "ephemeral");
        JsonNode embed = data.path("embeds").get(0);
        assertEquals("/" + name, embed.path("title").asText());
        assertEquals(("You asked: " + text).strip(), embed.path("description").asText());
        assertEquals("Command", embed.path("fields").get(0).path("name").asText());
        assertEquals("Details", embed.path("fields").get(1).path("name").asText());
        assertEquals("Echo of the request.\n• first point\n• second point", embed.path("fields").get(1).path("value").asText());
        assertEquals("mentor-bot test", embed.path("footer").path("text").asText());
        assertNoMentions(data);
        List<String> ids = customIds(data);
        assertEquals(List.of("mb:run:salary senior", "mb:run:mentor help"), ids.subList(0, 2));
        assertTrue(ids.get(2).startsWith("mb:share:"), "share button: " + ids);
    }

    @Test
    void autocompleteAnswersAtMost25ChoicesForTheFocusedOption() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.autocomplete("salary", "role", "ml"));
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(8, body.path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        JsonNode choices = body.path("data").path("choices");
        assertEquals(25, choices.size());
        assertEquals("role 0 ml", choices.get(0).path("name").asText());
        assertEquals("role 0 ml", choices.get(0).path("value").asText());
        assertTrue(handler.received.isEmpty(), "autocomplete never runs a command");
    }

    @Test
    void autocompleteOfSubcommandOptionUsesItsValueSource() throws Exception {
        int mark = fake.mark();
        com.fasterxml.jackson.databind.node.ObjectNode i = fake.autocomplete("tips", "zone", "Berl");
        com.fasterxml.jackson.databind.node.ObjectNode data = (com.fasterxml.jackson.databind.node.ObjectNode) i.get("data");
        com.fasterxml.jackson.databind.node.ArrayNode focused = (com.fasterxml.jackson.databind.node.ArrayNode) data.remove("options");
        com.fasterxml.jackson.databind.node.ObjectNode sub = data.putArray("options").addObject()
                .put("name", "subscribe").put("type", 1);
        sub.set("options", focused);
        fake.dispatch("INTERACTION_CREATE", i);
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals("time_zone 0 Berl", body.path("data").path("choices").get(0).path("name").asText());
    }

    @Test
    void slowAnswerIsDeferredThenFollowedUpThroughTheWebhook() throws Exception {
        platform.close();
        platform = startPlatform(Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        handler.behaviour = TestHandler.slow(release).andThen(r -> new Reply(r.title(), "", "@everyone " + r.opening(),
                r.fields(), r.sections(), r.suggestions(), r.footer(), r.visibility(), r.matched()));
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("interview", null, "topic", "system design"));
        JsonNode deferred = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(5, deferred.path("type").asInt(), "DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE");
        assertEquals(64, deferred.path("data").path("flags").asInt() & 64, "deferred privately");
        release.countDown();
        FakeDiscord.Call followUp = fake.await(mark, c -> c.is("POST", "webhooks/" + fake.appId + "/[^/]+"), WAIT);
        JsonNode data = followUp.body();
        assertEquals("/interview", data.path("embeds").get(0).path("title").asText());
        assertTrue(data.path("embeds").get(0).path("description").asText().startsWith("@\u200beveryone"));
        assertEquals(64, data.path("flags").asInt() & 64, "follow-up stays private");
        assertNoMentions(data);
        assertEquals(1, fake.calls().stream().filter(c -> c.is("POST", "interactions/\\d+/[^/]+/callback")).count()
                - countBefore(mark), "one callback only (the deferral)");
    }

    private long countBefore(int mark) {
        return fake.calls().subList(0, mark).stream().filter(c -> c.is("POST", "interactions/\\d+/[^/]+/callback")).count();
    }

    @Test
    void directMessageIsAnsweredInTheDmWithoutMentions() throws Exception {
        String dm = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", fake.directMessage(dm, fake.user(fake.userId, "ada"), "do I need a PhD? @everyone"));
        Request request = handler.next();
        assertEquals(Request.freeText(Platform.DISCORD, "", fake.userId, dm, "do I need a PhD? @everyone")
                .from(DiscordListener.caller(false)), request);
        JsonNode body = fake.await(mark, c -> c.is("POST", "channels/" + dm + "/messages"), WAIT).body();
        assertEquals("Answer", body.path("embeds").get(0).path("title").asText());
        assertEquals("You asked: do I need a PhD? @\u200beveryone", body.path("embeds").get(0).path("description").asText());
        assertNoMentions(body);
        assertFalse(customIds(body).stream().anyMatch(id -> id.startsWith("mb:share:")), "no share button in a DM");
    }

    @Test
    void ownAndOtherBotsMessagesAreIgnored() throws Exception {
        String dm = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("MESSAGE_CREATE", fake.directMessage(dm, fake.botUser(), "my own answer"));
        com.fasterxml.jackson.databind.node.ObjectNode otherBot = fake.user(FakeDiscord.snowflake(), "otherbot").put("bot", true);
        fake.dispatch("MESSAGE_CREATE", fake.directMessage(dm, otherBot, "beep"));
        fake.dispatch("MESSAGE_CREATE", fake.directMessage(dm, fake.user(fake.userId, "ada"), "hello"));
        // Events are handled in order: the first request the core sees must be the person's.
        assertEquals("hello", handler.next().text());
        fake.await(mark, c -> c.is("POST", "channels/" + dm + "/messages"), WAIT);
        assertTrue(handler.received.isEmpty());
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream()
                .filter(c -> c.is("POST", "channels/\\d+/messages")).count());
    }

    @Test
    void suggestionButtonRunsThatCommandForTheClickingUser() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button("mb:run:salary senior"));
        assertEquals(Request.command(Platform.DISCORD, fake.guildId, fake.userId, fake.channelId, "salary", "senior").from(DiscordListener.USER), handler.next());
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(4, body.path("type").asInt());
        assertEquals("/salary", body.path("data").path("embeds").get(0).path("title").asText());
    }

    @Test
    void shareButtonPostsTheAnswerToTheChannelWithoutPinging() throws Exception {
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("salary", null, "level", "senior"));
        JsonNode first = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        String share = customIds(first.path("data")).stream().filter(id -> id.startsWith("mb:share:")).findFirst()
                .orElseThrow();
        handler.next();
        int mark2 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button(share));
        JsonNode body = fake.await(mark2, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(4, body.path("type").asInt());
        JsonNode data = body.path("data");
        assertEquals(0, data.path("flags").asInt() & 64, "shared publicly");
        assertEquals("Shared by <@" + fake.userId + ">", data.path("content").asText());
        assertEquals("/salary", data.path("embeds").get(0).path("title").asText());
        assertNoMentions(data);
        assertFalse(customIds(data).stream().anyMatch(id -> id.startsWith("mb:share:")));
        assertTrue(handler.received.isEmpty(), "sharing does not ask the core again");

        int mark3 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button(share));
        JsonNode again = fake.await(mark3, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(64, again.path("data").path("flags").asInt() & 64, "a second click is answered privately");
        assertTrue(again.path("data").path("content").asText().contains("already shared"));
        assertTrue(again.path("data").path("embeds").isMissingNode() || again.path("data").path("embeds").isEmpty());
    }

    @Test
    void aLongAnswerIsFoldedBehindMoreWhichShowsItWholeInPlace() throws Exception {
        String detail = "Detail of the long answer. ".repeat(40).strip();
        handler.behaviour = r -> new Reply("Long answer", "The short answer first.", "", List.of(),
                List.of(new Reply.Section("Everything else", detail, List.of("the last item"))),
                List.of(), "Source: a guide.", mentorbot.mentor.Visibility.PRIVATE, true);
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("mentor", null, "question", "tell me everything"));
        JsonNode first = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertFalse(first.toString().contains("Detail of the long answer."), "the body waits behind More");
        assertTrue(first.toString().contains("The short answer first."), first.toString());
        String more = customIds(first.path("data")).stream().filter(id -> id.startsWith("mb:more:")).findFirst().orElseThrow();
        handler.next();

        int mark2 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button(more));
        JsonNode body = fake.await(mark2, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(7, body.path("type").asInt(), "the folded message is updated in place");
        assertTrue(body.path("data").toString().contains("Detail of the long answer."), body.toString());
        assertFalse(customIds(body.path("data")).stream().anyMatch(id -> id.startsWith("mb:more:")));
        assertNoMentions(body.path("data"));
        assertTrue(handler.received.isEmpty(), "unfolding does not ask the core again");

        int mark3 = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.button("mb:more:unknown"));
        JsonNode expired = fake.await(mark3, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(64, expired.path("data").path("flags").asInt() & 64, "said privately");
        assertTrue(expired.path("data").path("content").asText().contains("Ask again"));
    }

    @Test
    void hugeReplyStaysWithinDiscordLimitsOnTheWire() throws Exception {
        handler.behaviour = r -> TestHandler.huge();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("role", null));
        JsonNode data = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body().path("data");
        JsonNode embeds = data.path("embeds");
        assertTrue(embeds.size() >= 1 && embeds.size() <= 10);
        int total = 0;
        for (JsonNode e : embeds) {
            total += e.path("title").asText("").length() + e.path("description").asText("").length()
                    + e.path("footer").path("text").asText("").length();
            assertTrue(e.path("fields").size() <= 25);
            for (JsonNode f : e.path("fields")) {
                assertTrue(f.path("value").asText().length() <= 1024);
                total += f.path("name").asText().length() + f.path("value").asText().length();
            }
        }
        assertTrue(total <= 6000, "total " + total);
    }

    @Test
    void registrationSendsNothingWhenUnchangedAndOnePutWhenChanged() throws Exception {
        assertTrue(platform.commandsUpdated(), "first start registers");
        String path = "applications/" + fake.appId + "/guilds/" + fake.guildId + "/commands";
        assertEquals(1, fake.calls().stream().filter(c -> c.is("PUT", path)).count());
        JsonNode sent = fake.calls().stream().filter(c -> c.is("PUT", path)).findFirst().orElseThrow().body();
        JsonNode tips = null;
        for (JsonNode c : sent) {
            if (c.path("name").asText().equals("tips")) {
                tips = c;
            }
        }
        assertEquals("16", tips.path("default_member_permissions").asText(), "Manage Channels");
        assertEquals(3, tips.path("options").size());
        assertEquals(1, tips.path("options").get(0).path("type").asInt(), "subcommand");
        assertEquals(List.of("0"), contexts(tips), "guild only");
        JsonNode salary = null;
        for (JsonNode c : sent) {
            if (c.path("name").asText().equals("salary")) {
                salary = c;
            }
        }
        assertEquals(List.of("0", "1", "2"), contexts(salary), "guild, bot DM and private channels");
        assertTrue(salary.path("options").get(0).path("autocomplete").asBoolean());
        assertEquals(3, salary.path("options").get(0).path("type").asInt(), "string option");

        platform.close();
        int mark = fake.mark();
        platform = startPlatform(Duration.ofSeconds(5));
        assertFalse(platform.commandsUpdated());
        assertTrue(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.is("GET", path)));
        assertFalse(fake.calls().subList(mark, fake.mark()).stream().anyMatch(c -> c.is("PUT", path)));

        platform.close();
        mark = fake.mark();
        List<mentorbot.mentor.CommandSpec> changed = new java.util.ArrayList<>(TestSpecs.all());
        changed.add(mentorbot.mentor.CommandSpec.of("ping", "A new command", ""));
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        platform = DiscordPlatform.builder(settings, handler, changed).startTimeout(WAIT).errors(fake::error).start();
        assertTrue(platform.commandsUpdated());
        assertEquals(1, fake.calls().subList(mark, fake.mark()).stream().filter(c -> c.is("PUT", path)).count());
    }

    @Test
    void rejectedTokenFailsFastWithoutPrintingIt() throws Exception {
        platform.close();
        platform = null;
        fake.rejectToken = true;
        Settings.Discord settings = new Settings.Discord(null, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("very-secret-token"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DiscordPlatform.builder(settings, handler, TestSpecs.all()).startTimeout(WAIT).start());
        assertTrue(e.getMessage().contains("rejected DISCORD_BOT_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("very-secret-token"));
    }

    @Test
    void identifiesWithDirectAndGuildMessagesButNoMessageContentIntent() {
        int intents = fake.identifies.get(0).path("intents").asInt();
        assertTrue((intents & (1 << 12)) != 0, "DIRECT_MESSAGES");
        assertTrue((intents & (1 << 9)) != 0, "GUILD_MESSAGES: mentions in servers");
        assertEquals(0, intents & (1 << 15), "no privileged MESSAGE_CONTENT");
        assertEquals(0, intents & ((1 << 1) | (1 << 8)), "no members, no presences");
    }

    @Test
    void slashCommandInTheBotsDmIsAnsweredWithoutShareButton() throws Exception {
        String dm = FakeDiscord.snowflake();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slashInDm(dm, "role", "role", "cv"));
        assertEquals(Request.command(Platform.DISCORD, "", fake.userId, dm, "role", "cv").from(DiscordListener.caller(false)),
                handler.next());
        JsonNode data = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body().path("data");
        assertEquals("/role", data.path("embeds").get(0).path("title").asText());
        assertNoMentions(data);
        assertFalse(customIds(data).stream().anyMatch(id -> id.startsWith("mb:share:")), "nobody to share with in a DM");
    }

    @Test
    void floodBeyondTheBoundedQueueIsAnsweredPolitely() throws Exception {
        platform.close();
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        platform = DiscordPlatform.builder(settings, handler, TestSpecs.all()).workers(1, 1).replyBudget(WAIT)
                .startTimeout(WAIT).errors(fake::error).start();
        CountDownLatch release = new CountDownLatch(1);
        handler.behaviour = TestHandler.slow(release);
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("tip", null));   // runs, blocked
        handler.next();
        fake.dispatch("INTERACTION_CREATE", fake.slash("tip", null));   // waits in the queue
        fake.dispatch("INTERACTION_CREATE", fake.slash("tip", null));   // no room: told to retry
        JsonNode busy = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(4, busy.path("type").asInt());
        assertEquals(64, busy.path("data").path("flags").asInt() & 64);
        assertEquals("Busy right now", busy.path("data").path("embeds").get(0).path("title").asText(), busy.toString());
        assertTrue(busy.path("data").path("embeds").get(0).path("description").asText().contains("try again"), busy.toString());
        assertNoMentions(busy.path("data"));
        release.countDown();
        handler.next();
        List<FakeDiscord.Call> answers = fake.awaitCount(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), 3, WAIT);
        assertEquals(List.of(4, 4, 4), answers.stream().map(c -> c.body().path("type").asInt()).toList(),
                "the two accepted commands are answered too");
        assertEquals(3, fake.calls().subList(mark, fake.mark()).stream()
                .filter(c -> c.is("POST", "interactions/\\d+/[^/]+/callback")).count());
    }

    @Test
    void failingCoreIsReportedToTheFixtureAndTheUserStillGetsAReply() throws Exception {
        handler.behaviour = r -> {
            throw new IllegalStateException("boom in the core");
        };
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("tip", null));
        JsonNode data = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body().path("data");
        assertEquals("Something went wrong on my side", data.path("embeds").get(0).path("title").asText());
        assertEquals(64, data.path("flags").asInt() & 64);
        assertEquals("boom in the core", fake.errors().get(0).getMessage(), "the fixture sees the failure");
        fake.clearErrors();
    }

    @Test
    void exceptionInsideTheListenerReachesTheFixture() throws Exception {
        platform.close();
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        platform = DiscordPlatform.builder(settings, handler, TestSpecs.all())
                .completer((source, typed, max) -> {
                    throw new IllegalArgumentException("broken completer");
                })
                .startTimeout(WAIT).errors(fake::error).start();
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.autocomplete("role", "role", "ml"));
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(0, body.path("data").path("choices").size(), "empty choices rather than no answer");
        assertEquals("broken completer", fake.errors().get(0).getMessage());
        fake.clearErrors();
    }

    @Test
    void autocompleteIsAnsweredEvenWhileEveryWorkerIsBusy() throws Exception {
        platform.close();
        Settings.Discord settings = new Settings.Discord(fake.guildId, fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        platform = DiscordPlatform.builder(settings, handler, TestSpecs.all()).completer(new TestCompleter())
                .workers(1, 1).replyBudget(WAIT).startTimeout(WAIT).errors(fake::error).start();
        CountDownLatch release = new CountDownLatch(1);
        handler.behaviour = TestHandler.slow(release);
        int mark = fake.mark();
        fake.dispatch("INTERACTION_CREATE", fake.slash("tip", null));
        handler.next(); // the only worker is now blocked
        fake.dispatch("INTERACTION_CREATE", fake.autocomplete("role", "role", "nlp"));
        JsonNode body = fake.await(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), WAIT).body();
        assertEquals(8, body.path("type").asInt(), "autocomplete answered first, while the command still runs");
        release.countDown();
        fake.awaitCount(mark, c -> c.is("POST", "interactions/\\d+/[^/]+/callback"), 2, WAIT);
    }

    @Test
    void unknownDevGuildStopsStartWithAClearMessage() throws Exception {
        platform.close();
        platform = null;
        Settings.Discord settings = new Settings.Discord("123456789012345678", fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DiscordPlatform.builder(settings, handler, TestSpecs.all()).startTimeout(WAIT).start());
        assertTrue(e.getMessage().contains("DISCORD_DEV_GUILD_ID 123456789012345678"), e.getMessage());
        Settings.Discord notANumber = new Settings.Discord("my-server", fake.apiUrl(), fake.gatewayUrl(), 0,
                new Secret("test-token"));
        int mark = fake.mark();
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DiscordPlatform.builder(notANumber, handler, TestSpecs.all()).startTimeout(WAIT).start());
        assertTrue(e.getMessage().contains("numeric"), e.getMessage());
        assertEquals(List.of(), fake.calls().subList(mark, fake.mark()), "failed before connecting");
    }

    private static List<String> contexts(JsonNode command) {
        List<String> out = new java.util.ArrayList<>();
        command.path("contexts").forEach(c -> out.add(c.asText()));
        return out;
    }

    static void assertNoMentions(JsonNode data) {
        JsonNode am = data.path("allowed_mentions");
        assertTrue(am.isObject(), "allowed_mentions present: " + data);
        assertTrue(am.path("parse").isArray() && am.path("parse").isEmpty(), "parse empty: " + am);
        assertTrue(am.path("users").isMissingNode() || am.path("users").isEmpty(), "no users: " + am);
        assertTrue(am.path("roles").isMissingNode() || am.path("roles").isEmpty(), "no roles: " + am);
    }

    static List<String> customIds(JsonNode data) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode row : data.path("components")) {
            for (JsonNode c : row.path("components")) {
                out.add(c.path("custom_id").asText());
            }
        }
        return out;
    }
}
