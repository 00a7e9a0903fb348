package mentorbot.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mentorbot.config.Settings;
import mentorbot.mentor.Action;
import mentorbot.mentor.Caller;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.store.SqliteFiles;
import mentorbot.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mentoring loop against a real SQLite file: recording, votes, ask a mentor, claim, resolve, the one reminder. */
class MentoringLoopTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z"));
    private final FakePort port = new FakePort();
    private MentoringFeature feature;
    private Settings settings;

    /** What a platform was asked to do, in order. */
    static final class FakePort implements MentorPort {
        final List<String> calls = new ArrayList<>();
        final List<MentorCard> cards = new ArrayList<>();
        final List<Reply> dms = new ArrayList<>();
        String failPosts;

        @Override
        public Posted postCard(MentorsChannel channel, MentorCard card) {
            calls.add("post " + channel.channelId());
            cards.add(card);
            return failPosts != null ? Posted.failed(failPosts) : Posted.ok("M" + cards.size());
        }

        @Override
        public boolean updateCard(MentorsChannel channel, String messageId, MentorCard card) {
            calls.add("update " + messageId + " " + card.state() + " " + card.claimerId());
            cards.add(card);
            return true;
        }

        @Override
        public boolean directMessage(String teamId, String userId, Reply reply) {
            calls.add("dm " + userId);
            dms.add(reply);
            return true;
        }

        @Override
        public boolean remind(MentorsChannel channel, String messageId, MentorCard card) {
            calls.add("remind " + messageId);
            return true;
        }
    }

    @BeforeEach
    void open() {
        settings = new Settings(null, null, null, null, null, null, null, null, null, dir.toString());
        feature = open(settings);
    }

    private MentoringFeature open(Settings s) {
        return MentoringFeature.open(s, clock, new SplittableRandom(7), Map.of(Platform.SLACK, port),
                () -> MentoringStore.open(s.dataPath().resolve(SqliteFiles.FILE_NAME), Duration.ofSeconds(2)));
    }

    @AfterEach
    void close() {
        feature.close();
    }

    private static Request as(String user, String command, String text, boolean admin) {
        return new Request(Platform.SLACK, "T1", user, "C9", command, text, new Caller(false, true, admin));
    }

    private static final Reply DECLINE = ReplyBuilder.titled("That is outside what I cover").lead("I would rather not guess.")
            .unmatched().build();
    private static final Reply ANSWER = ReplyBuilder.titled("Do I need a PhD?").lead("For most jobs, no.")
            .entries(List.of("faq-phd")).build();

    private Reply command(MentoringFeature f, String name, Request request, String args) {
        mentorbot.mentor.Command c = f.commands().stream().filter(x -> x.spec().name().equals(name)).findFirst().orElseThrow();
        return c.execute(new Invocation(request, args, Subject.NONE, null)).reply();
    }

    private void setChannel() {
        Reply r = command(feature, "mentors", as("UADMIN", "mentors", "", true), "channel <#C0MENTORS|mentors>");
        assertTrue(r.matched(), r.lead());
        assertEquals("C0MENTORS", r.fields().get(0).mention().id());
    }

    @Test
    void aDeclineOffersAskAMentorOnlyOnceTheTeamHasAMentorsChannel() {
        Feedback before = feature.mentoring().feedback(as("U1", "", "weather?", false), DECLINE, ChannelKind.DM);
        assertEquals(2, before.buttons().size());
        setChannel();
        Feedback after = feature.mentoring().feedback(as("U1", "", "weather?", false), DECLINE, ChannelKind.DM);
        assertEquals(new Action.AskMentor(after.answerId()), after.buttons().get(2).action());
        Feedback answered = feature.mentoring().feedback(as("U1", "", "phd?", false), ANSWER, ChannelKind.DM);
        assertEquals(2, answered.buttons().size());
    }

    @Test
    void aSecondVoteChangesTheFirstAndNeverCountsTwice() {
        String id = feature.mentoring().feedback(as("U1", "", "do I need a PhD?", false), ANSWER, ChannelKind.DM).answerId();
        assertEquals("Thanks for the feedback", feature.mentoring().act(as("U1", "", "", false), new Action.Vote(id, true)).reply().title());
        feature.mentoring().act(as("U1", "", "", false), new Action.Vote(id, false));
        feature.mentoring().act(as("U1", "", "", false), new Action.Vote(id, false));
        Insights in = feature.insights().compute(7);
        assertEquals(List.of(new Insights.EntryVotes("faq-phd", 0, 1)), in.entries());
        assertEquals(1, in.unhelpful().get(0).count());
    }

    @Test
    void aVoteOnAnAnswerThatNeverExistedIsToldSoAndStoresNothing() {
        Response r = feature.mentoring().act(as("U1", "", "", false), new Action.Vote("NoSuchAnswer0001", false));
        assertFalse(r.reply().matched());
        assertTrue(r.reply().lead().contains("no longer have"), r.reply().lead());
        assertTrue(feature.insights().compute(7).entries().isEmpty());
    }

    @Test
    void askClaimResolveTellsEachPersonWhatTheyNeedAndPostsOneCard() {
        setChannel();
        Feedback f = feature.mentoring().feedback(as("ULEARNER", "", "how do I negotiate equity?", false), DECLINE, ChannelKind.DM);
        Response down = feature.mentoring().act(as("ULEARNER", "", "", false), new Action.Vote(f.answerId(), false));
        assertEquals(List.of(Button.askMentor(f.answerId())), down.buttons());

        Response sent = feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId()));
        assertEquals("Sent to the mentors", sent.reply().title());
        Response again = feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId()));
        assertEquals("Already sent to the mentors", again.reply().title());
        assertEquals(List.of("post C0MENTORS"), port.calls);
        MentorCard card = port.cards.get(0);
        assertEquals("how do I negotiate equity?", card.question());
        assertEquals("ULEARNER", card.askerId());
        assertTrue(card.botAnswer().startsWith("That is outside what I cover"));

        Response claimed = feature.mentoring().act(as("UMENTOR", "", "", false), new Action.Claim(card.requestId()));
        assertEquals("You claimed it", claimed.reply().title());
        assertEquals(List.of(Button.resolved(card.requestId())), claimed.buttons());
        assertEquals(List.of("post C0MENTORS", "update M1 CLAIMED UMENTOR", "dm ULEARNER"), port.calls);
        assertEquals("UMENTOR", port.dms.get(0).fields().get(0).mention().id());

        Response second = feature.mentoring().act(as("UOTHER", "", "", false), new Action.Claim(card.requestId()));
        assertEquals("Already claimed", second.reply().title());
        Response notHers = feature.mentoring().act(as("UOTHER", "", "", false), new Action.Resolve(card.requestId()));
        assertEquals("Not your request", notHers.reply().title());

        assertEquals("Resolved", feature.mentoring().act(as("UMENTOR", "", "", false), new Action.Resolve(card.requestId())).reply().title());
        Response late = feature.mentoring().act(as("UOTHER", "", "", false), new Action.Claim(card.requestId()));
        assertEquals("Already resolved", late.reply().title());
        assertEquals(4, port.calls.size(), port.calls.toString()); // the resolve edited the card; the late claim changed nothing
    }

    @Test
    void openRequestsAreTheAskersOwnNotResolvedNewestFirst() {
        setChannel();
        java.util.function.Function<String, MentorCard> ask = q -> {
            Feedback f = feature.mentoring().feedback(as("ULEARNER", "", q, false), DECLINE, ChannelKind.DM);
            feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId()));
            clock.advance(Duration.ofMinutes(1));
            return port.cards.get(port.cards.size() - 1);
        };
        MentorCard resolved = ask.apply("first, resolved later");
        ask.apply("second, claimed");
        ask.apply("third, open");
        Feedback other = feature.mentoring().feedback(as("UOTHER", "", "someone else's", false), DECLINE, ChannelKind.DM);
        feature.mentoring().act(as("UOTHER", "", "", false), new Action.AskMentor(other.answerId()));
        MentorCard claimed = port.cards.get(1);
        feature.mentoring().act(as("UMENTOR", "", "", false), new Action.Claim(claimed.requestId()));
        feature.mentoring().act(as("UMENTOR", "", "", false), new Action.Claim(resolved.requestId()));
        feature.mentoring().act(as("UMENTOR", "", "", false), new Action.Resolve(resolved.requestId()));

        List<MentorRequest> open = feature.mentoring().openRequests(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEARNER"), 10);
        assertEquals(List.of("third, open", "second, claimed"), open.stream().map(MentorRequest::question).toList());
        assertEquals(List.of(RequestState.OPEN, RequestState.CLAIMED), open.stream().map(MentorRequest::state).toList());
        assertEquals(1, feature.mentoring().openRequests(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEARNER"), 1).size());
        assertTrue(feature.mentoring().openRequests(new mentorbot.mentor.UserKey(Platform.SLACK, "T2", "ULEARNER"), 10).isEmpty(),
                "another workspace's person");
    }

    @Test
    void onlyTheAskerMaySendTheirQuestion() {
        setChannel();
        Feedback f = feature.mentoring().feedback(as("ULEARNER", "", "weather?", false), DECLINE, ChannelKind.CHANNEL);
        Response r = feature.mentoring().act(as("USTRANGER", "", "", false), new Action.AskMentor(f.answerId()));
        assertEquals("Only the person who asked can do that", r.reply().title());
        assertTrue(port.calls.isEmpty());
    }

    @Test
    void aChannelTheBotCannotPostToKeepsTheRequestAndTellsLearnerAndAdmin() {
        setChannel();
        port.failPosts = "not_in_channel";
        Feedback f = feature.mentoring().feedback(as("ULEARNER", "", "weather?", false), DECLINE, ChannelKind.DM);
        Response r = feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId()));
        assertEquals("Your question could not be sent", r.reply().title());
        Reply status = command(feature, "mentors", as("UADMIN", "mentors", "", true), "status");
        assertTrue(status.sections().get(0).items().get(0).contains("not_in_channel"), status.toString());
        port.failPosts = null;
        assertEquals("Sent to the mentors",
                feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId())).reply().title());
        assertEquals(2, port.cards.size());
    }

    @Test
    void anUnclaimedCardIsRemindedExactlyOnceAcrossARestart() {
        setChannel();
        Feedback f = feature.mentoring().feedback(as("ULEARNER", "", "weather?", false), DECLINE, ChannelKind.DM);
        feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId()));
        ReminderScheduler reminders = feature.reminders((task, delay) -> { }, Duration.ofMinutes(5));
        clock.advance(Duration.ofHours(3));
        Instant next = reminders.runDue(clock.instant());
        assertEquals(clock.instant().plus(Duration.ofMinutes(5)), next); // the reminder is due at 14:00; ticks at most every 5 minutes
        assertFalse(port.calls.stream().anyMatch(c -> c.startsWith("remind")));
        clock.advance(Duration.ofHours(1));
        reminders.runDue(clock.instant());
        reminders.runDue(clock.instant());

        feature.close(); // a restart: a new store on the same file
        feature = open(settings);
        clock.advance(Duration.ofHours(5));
        feature.reminders((task, delay) -> { }, Duration.ofMinutes(5)).runDue(clock.instant());
        assertEquals(1, port.calls.stream().filter(c -> c.startsWith("remind")).count(), port.calls.toString());
    }

    @Test
    void mentorsCommandsAreForAdminsAndReadChannelsLeniently() {
        assertEquals("Only admins can do this",
                command(feature, "mentors", as("U1", "mentors", "", false), "channel #mentors").title());
        Reply bad = command(feature, "mentors", as("UADMIN", "mentors", "", true), "channel not a channel!");
        assertFalse(bad.matched());
        assertTrue(bad.lead().contains("could not read"), bad.lead());
        Reply unknown = command(feature, "mentors", as("UADMIN", "mentors", "", true), "frobnicate");
        assertTrue(unknown.lead().contains("I do not know /mentors frobnicate"), unknown.lead());
        Reply named = command(feature, "mentors", as("UADMIN", "mentors", "", true), "channel #Mentor-Help");
        assertEquals("#mentor-help", named.fields().get(0).value());
        assertEquals("Only admins can do this", command(feature, "insights", as("U1", "insights", "", false), "").title());
        assertFalse(command(feature, "insights", as("UADMIN", "insights", "", true), "0d").matched());
        assertTrue(command(feature, "insights", as("UADMIN", "insights", "", true), "30d").matched());
    }

    @Test
    void insightsGroupTheSameQuestionAskedInOtherCaseAndPunctuation() {
        for (String q : List.of("What is the weather?", "what is the weather", "WHAT IS THE WEATHER!!")) {
            feature.mentoring().feedback(as("U1", "", q, false), DECLINE, ChannelKind.DM);
        }
        feature.mentoring().feedback(as("U1", "", "do I need a PhD?", false), ANSWER, ChannelKind.DM);
        feature.mentoring().flush();
        Insights in = feature.insights().compute(7);
        assertEquals(4, in.questions());
        assertEquals(1, in.declined().size());
        assertEquals(3, in.declined().get(0).count());
        assertEquals(75, in.declinedPercent());
        assertTrue(in.json().startsWith("{\"days\":7,\"questions\":4,\"declined\":[{\"question\":\"WHAT IS THE WEATHER!!\",\"count\":3,"),
                in.json());
    }
    /** Every row of {@code sql} as text, through a fresh connection to the same file. */
    private List<List<String>> rows(String sql) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteFiles.FILE_NAME));
             java.sql.Statement st = c.createStatement(); java.sql.ResultSet r = st.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getString(i));
                }
                out.add(row);
            }
            return out;
        }
    }

    private Reply forgetMe(String user) {
        mentorbot.mentor.MentorSubcommand forget = feature.mentorSubcommands().stream().filter(x -> x.name().equals("forget"))
                .findFirst().orElseThrow();
        return forget.execute(new Invocation(as(user, "mentor", "forget me", false), "forget me", Subject.NONE, null), "me").reply();
    }

    @Test
    void questionsAndVotesKeepAPseudonymAndOnlyMentorRequestsKeepTheAsker() throws Exception {
        setChannel();
        Feedback f = feature.mentoring().feedback(as("ULEARNER", "", "weather?", false), DECLINE, ChannelKind.DM);
        feature.mentoring().act(as("ULEARNER", "", "", false), new Action.Vote(f.answerId(), false));
        feature.mentoring().act(as("UOTHER", "", "", false), new Action.Vote(f.answerId(), true));
        assertEquals("Sent to the mentors",
                feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(f.answerId())).reply().title());
        assertEquals("Only the person who asked can do that",
                feature.mentoring().act(as("UOTHER", "", "", false), new Action.AskMentor(f.answerId())).reply().title(),
                "the asker is still recognised by the pseudonym");

        String learner = feature.mentoring().userRef(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEARNER"));
        assertTrue(learner.matches("[0-9a-f]{64}"), learner);
        assertEquals(List.of(List.of(learner)), rows("SELECT user_ref FROM asked_questions"));
        assertEquals(2, rows("SELECT voter_ref FROM answer_votes").size());
        for (List<String> row : rows("SELECT * FROM asked_questions UNION ALL SELECT answer_id, voter_ref, helpful, voted_at, "
                + "'', '', '', '', '', '', '', '' FROM answer_votes")) {
            assertFalse(row.stream().anyMatch(v -> v != null && (v.contains("ULEARNER") || v.contains("UOTHER"))), row.toString());
        }
        assertEquals(List.of(List.of("ULEARNER")), rows("SELECT asker_id FROM mentor_requests"), "the queue reaches the learner");
        assertEquals(1, rows("SELECT key_value FROM store_keys WHERE name = 'user_ref'").size());

        feature.close(); // the same person gets the same reference after a restart (the key is in the file)
        feature = open(settings);
        assertEquals(learner, feature.mentoring().userRef(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEARNER")));
    }

    @Test
    void forgetMeDeletesTheCallersRowsWithdrawsTheirCardAndSaysWhatWithCounts() throws Exception {
        setChannel();
        feature.forgetAlso(user -> Map.of("cached answers", user.user().equals("ULEARNER") ? 2 : 0));
        Feedback mine = feature.mentoring().feedback(as("ULEARNER", "", "weather?", false), DECLINE, ChannelKind.DM);
        feature.mentoring().feedback(as("ULEARNER", "", "do I need a PhD?", false), ANSWER, ChannelKind.DM);
        Feedback theirs = feature.mentoring().feedback(as("UOTHER", "", "lunch?", false), DECLINE, ChannelKind.DM);
        feature.mentoring().act(as("ULEARNER", "", "", false), new Action.Vote(theirs.answerId(), false)); // my vote on theirs
        feature.mentoring().act(as("UOTHER", "", "", false), new Action.Vote(theirs.answerId(), true));
        feature.mentoring().act(as("ULEARNER", "", "", false), new Action.AskMentor(mine.answerId()));
        feature.mentoring().feedback(as("ULEARNER", "", "one more, still queued", false), DECLINE, ChannelKind.DM);

        Feedback forgetting = feature.mentoring().feedback(as("ULEARNER", "mentor", "forget me", false), ANSWER, ChannelKind.DM);
        assertEquals(null, forgetting.answerId(), "the forget request itself is not recorded");
        assertTrue(forgetting.buttons().isEmpty());
        Reply r = forgetMe("ULEARNER");
        assertEquals("I forgot you", r.title());
        assertEquals("I deleted everything I kept about you: questions: 3, votes: 1, mentor requests: 1, cached answers: 2.",
                r.lead());
        assertTrue(r.toString().contains("1 card(s) there now say the request was withdrawn"), r.toString());
        assertEquals("update M1 WITHDRAWN null", port.calls.get(port.calls.size() - 1));
        MentorCard withdrawn = port.cards.get(port.cards.size() - 1);
        assertEquals("", withdrawn.askerId());
        assertFalse(withdrawn.toReply().toString().contains("weather"), withdrawn.toReply().toString());

        assertEquals(List.of(List.of("lunch?")), rows("SELECT question FROM asked_questions"));
        assertEquals(List.of(List.of("1")), rows("SELECT helpful FROM answer_votes"), "only the other person's vote is left");
        assertTrue(rows("SELECT * FROM mentor_requests").isEmpty());
        Insights in = feature.insights().compute(7);
        assertEquals(1, in.questions());
        assertEquals("lunch?", in.declined().get(0).question());

        Reply again = forgetMe("ULEARNER");
        assertEquals("I deleted everything I kept about you: questions: 0, votes: 0, mentor requests: 0, cached answers: 2.",
                again.lead());
        mentorbot.mentor.MentorSubcommand forget = feature.mentorSubcommands().stream().filter(x -> x.name().equals("forget"))
                .findFirst().orElseThrow();
        assertEquals("Forget what?", forget.execute(new Invocation(as("U1", "mentor", "forget", false), "forget", Subject.NONE,
                null), "").reply().title());
    }

    @Test
    void rowsWrittenBeforeSchemaV3GetTheirUserIdsReplacedOnce() throws Exception {
        feature.close();
        java.nio.file.Path file = dir.resolve("v2").resolve(SqliteFiles.FILE_NAME);
        java.nio.file.Files.createDirectories(file.getParent());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "applied_at BIGINT NOT NULL)");
            int v = 0;
            for (String script : List.of("V1__subscriptions_and_ledger.sql", "V2__mentoring.sql")) {
                String text = new String(getClass().getResourceAsStream("/mentorbot/store/db/" + script).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                StringBuilder sql = new StringBuilder();
                for (String line : text.split("\n")) {
                    if (!line.strip().startsWith("--")) {
                        sql.append(line).append('\n');
                    }
                }
                for (String statement : sql.toString().split(";\n")) {
                    if (!statement.isBlank()) {
                        st.executeUpdate(statement);
                    }
                }
                st.executeUpdate("INSERT INTO schema_version VALUES (" + (++v) + ", '" + script + "', 0)");
            }
            st.executeUpdate("INSERT INTO asked_questions VALUES ('A1', 'SLACK', 'T1', 'ULEGACY', 'DM', 'weather?', 'weather', '', 1, "
                    + "'t', 'l', " + clock.instant().toEpochMilli() + ")");
            st.executeUpdate("INSERT INTO answer_votes VALUES ('A1', 'ULEGACY', 0, 0)");
        }
        Settings old = new Settings(null, null, null, null, null, null, null, null, null, file.getParent().toString());
        feature = open(old);
        String ref = feature.mentoring().userRef(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEGACY"));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT q.user_ref, v.voter_ref FROM asked_questions q JOIN answer_votes v "
                     + "ON v.answer_id = q.answer_id")) {
            assertTrue(r.next());
            assertEquals(ref, r.getString(1));
            assertEquals(ref, r.getString(2));
        }
        feature.close();
        feature = open(old); // the key exists now: nothing is rewritten a second time
        assertEquals(ref, feature.mentoring().userRef(new mentorbot.mentor.UserKey(Platform.SLACK, "T1", "ULEGACY")));
        assertEquals("I forgot you", forgetMeIn(feature, "ULEGACY").title());
        assertEquals(0, feature.insights().compute(7).questions(), "the legacy rows are found by the pseudonym");
    }

    private Reply forgetMeIn(MentoringFeature f, String user) {
        return f.mentorSubcommands().stream().filter(x -> x.name().equals("forget")).findFirst().orElseThrow()
                .execute(new Invocation(as(user, "mentor", "forget me", false), "forget me", Subject.NONE, null), "me").reply();
    }
}
