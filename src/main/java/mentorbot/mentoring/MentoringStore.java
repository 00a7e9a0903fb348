package mentorbot.mentoring;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mentorbot.config.Settings;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import mentorbot.store.SqliteConnection;

/**
 * The mentoring loop's state in the bot's {@link Database} (schema V2, V3): asked questions, votes, mentors
 * channels and mentor requests. Questions and votes keep a {@link Pseudonyms pseudonymous} user reference
 * under the database's own key (created on the first open after V3); mentor requests keep the asker's id. Every write is one short
 * transaction; every exactly-once step is a unique key or a conditional {@code UPDATE} whose row count says who won,
 * which holds on SQLite's write lock and under PostgreSQL's READ COMMITTED alike.
 */
public final class MentoringStore implements AutoCloseable {

    private final Database db;
    private final Pseudonyms pseudonyms;

    private MentoringStore(Database db) {
        this.db = db;
        this.pseudonyms = new Pseudonyms(tx("create the pseudonym key", c -> PseudonymKey.loadOrCreate(c, new SecureRandom())));
    }

    /** Opens (creating and migrating if needed) the configured database: PostgreSQL, or {@code <dataDir>/tips.db}. */
    public static MentoringStore open(Settings settings) {
        return open(Databases.of(settings).open());
    }

    public static MentoringStore open(Path file, Duration busyTimeout) {
        return open(SqliteConnection.open(file, true, busyTimeout));
    }

    /** On an open database; closing the store closes it (also when this fails). */
    public static MentoringStore open(Database db) {
        try {
            return new MentoringStore(db);
        } catch (RuntimeException e) {
            try {
                db.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** The pseudonymous reference the questions and votes of this person ({@code Request#user()}) are stored under. */
    public String userRef(UserKey user) {
        return pseudonyms.of(user);
    }

    private <T> T tx(String what, Database.Work<T> work) {
        return db.write(what, work);
    }

    private <T> T read(String what, Database.Work<T> work) {
        return db.read(what, work);
    }

    // ---- asked questions and votes

    private static final String Q_COLUMNS = "answer_id, platform, team_id, user_ref, channel_kind, question, normalized, "
            + "entry_ids, declined, answer_title, answer_lead, asked_at";

    /** Writes a batch of recorded questions in one transaction; an id already there is left as it is. */
    public void insertQuestions(List<AskedQuestion> batch) {
        if (batch.isEmpty()) {
            return;
        }
        tx("record " + batch.size() + " question(s)", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO asked_questions (" + Q_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (answer_id) DO NOTHING")) {
                for (AskedQuestion q : batch) {
                    p.setString(1, q.answerId());
                    p.setString(2, q.platform().name());
                    p.setString(3, q.teamId());
                    p.setString(4, q.userRef());
                    p.setString(5, q.channelKind().name());
                    p.setString(6, cut(q.question(), 1000));
                    p.setString(7, cut(q.normalized(), 1000));
                    p.setString(8, cut(String.join(" ", q.entryIds()), 1000));
                    p.setInt(9, q.declined() ? 1 : 0);
                    String[] answer = q.answer().split("\n", 2);
                    p.setString(10, cut(answer[0], 200));
                    p.setString(11, cut(answer.length > 1 ? answer[1] : "", 400));
                    p.setLong(12, q.askedAt().toEpochMilli());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    public Optional<AskedQuestion> question(String answerId) {
        return read("read an answer", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + Q_COLUMNS + " FROM asked_questions WHERE answer_id = ?")) {
                p.setString(1, answerId);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(question(r)) : Optional.empty();
                }
            }
        });
    }

    private static AskedQuestion question(ResultSet r) throws SQLException {
        String ids = r.getString(8);
        String lead = r.getString(11);
        return new AskedQuestion(r.getString(1), Platform.valueOf(r.getString(2)), r.getString(3), r.getString(4),
                ChannelKind.valueOf(r.getString(5)), r.getString(6), r.getString(7),
                ids.isBlank() ? List.of() : Arrays.asList(ids.split(" ")), r.getInt(9) != 0,
                r.getString(10) + (lead.isEmpty() ? "" : "\n" + lead), Instant.ofEpochMilli(r.getLong(12)));
    }

    /** Questions asked at or after {@code since}, oldest first. */
    public List<AskedQuestion> questionsSince(Instant since) {
        return read("read recorded questions", c -> {
            List<AskedQuestion> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + Q_COLUMNS
                    + " FROM asked_questions WHERE asked_at >= ? ORDER BY asked_at")) {
                p.setLong(1, since.toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(question(r));
                    }
                }
            }
            return out;
        });
    }

    /** A vote on a recorded answer; {@code voterRef} is the voter's {@link #userRef}. */
    public record Vote(String answerId, String voterRef, boolean helpful, Instant at) {
    }

    /**
     * Stores the vote of the user {@code voterRef} ({@link #userRef}) on the answer: one row per answer and user, a
     * second click changes it.
     *
     * @return false when the answer is not (or no longer) recorded
     */
    public boolean vote(String answerId, String voterRef, boolean helpful, Instant now) {
        return tx("store a vote", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO answer_votes (answer_id, voter_ref, helpful, voted_at) "
                    + "SELECT answer_id, ?, ?, ? FROM asked_questions WHERE answer_id = ? "
                    + "ON CONFLICT (answer_id, voter_ref) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at")) {
                p.setString(1, voterRef);
                p.setInt(2, helpful ? 1 : 0);
                p.setLong(3, now.toEpochMilli());
                p.setString(4, answerId);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Votes on answers asked at or after {@code since}. */
    public List<Vote> votesSince(Instant since) {
        return read("read votes", c -> {
            List<Vote> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT v.answer_id, v.voter_ref, v.helpful, v.voted_at "
                    + "FROM answer_votes v JOIN asked_questions q ON q.answer_id = v.answer_id WHERE q.asked_at >= ?")) {
                p.setLong(1, since.toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Vote(r.getString(1), r.getString(2), r.getInt(3) != 0, Instant.ofEpochMilli(r.getLong(4))));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes recorded questions (and their votes) asked before {@code before}; returns how many. */
    public int deleteQuestionsBefore(Instant before) {
        return tx("delete old questions", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM asked_questions WHERE asked_at < ?")) {
                p.setLong(1, before.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    // ---- mentors channels

    public void setMentorsChannel(MentorsChannel channel, String by, Instant now) {
        tx("set the mentors channel", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mentors_channels (platform, team_id, channel_id, "
                    + "channel_name, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (platform, team_id) DO UPDATE SET "
                    + "channel_id = excluded.channel_id, channel_name = excluded.channel_name, set_by = excluded.set_by, "
                    + "set_at = excluded.set_at")) {
                p.setString(1, channel.platform().name());
                p.setString(2, channel.teamId());
                p.setString(3, channel.channelId());
                p.setString(4, cut(channel.name(), 100));
                p.setString(5, by);
                p.setLong(6, now.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    public List<MentorsChannel> mentorsChannels() {
        return read("read the mentors channels", c -> {
            List<MentorsChannel> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT platform, team_id, channel_id, channel_name FROM mentors_channels");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new MentorsChannel(Platform.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
            return out;
        });
    }

    // ---- mentor requests

    private static final String R_COLUMNS = "request_id, answer_id, platform, team_id, asker_id, question, bot_answer, "
            + "channel_id, message_id, state, claimer_id, detail, created_at, reminded_at";

    private static MentorRequest request(ResultSet r) throws SQLException {
        long reminded = r.getLong(14);
        boolean never = r.wasNull();
        return new MentorRequest(r.getString(1), r.getString(2), Platform.valueOf(r.getString(3)), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                RequestState.valueOf(r.getString(10)), r.getString(11), r.getString(12), Instant.ofEpochMilli(r.getLong(13)),
                never ? null : Instant.ofEpochMilli(reminded));
    }

    private static Optional<MentorRequest> find(Connection c, String where, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + R_COLUMNS + " FROM mentor_requests WHERE " + where + " = ?")) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(request(r)) : Optional.empty();
            }
        }
    }

    public Optional<MentorRequest> request(String requestId) {
        return read("read a mentor request", c -> find(c, "request_id", requestId));
    }

    /**
     * The request for this answer, and whether the caller is to post its card now.
     *
     * @param post true when the request was created now, or an unsent one was taken for another try: the caller
     *             posts the card and then calls {@link #markPosted} or {@link #markUnsent}
     */
    public record Begun(MentorRequest request, boolean post) {
    }

    /**
     * Creates the request for an answer (one per answer, by its unique key), or finds the one there.
     *
     * @param askerId the learner's platform id (the question keeps only their pseudonym): the card mentions them, the DM reaches them
     */
    public Begun beginRequest(String newRequestId, AskedQuestion q, String askerId, MentorsChannel channel, Instant now) {
        return tx("create a mentor request", c -> {
            Optional<MentorRequest> existing = find(c, "answer_id", q.answerId());
            if (existing.isPresent()) {
                MentorRequest e = existing.get();
                if (e.state() != RequestState.UNSENT) {
                    return new Begun(e, false);
                }
                try (PreparedStatement p = c.prepareStatement("UPDATE mentor_requests SET state = ?, channel_id = ?, detail = NULL "
                        + "WHERE request_id = ? AND state = ?")) {
                    p.setString(1, RequestState.POSTING.name());
                    p.setString(2, channel.channelId());
                    p.setString(3, e.requestId());
                    p.setString(4, RequestState.UNSENT.name());
                    boolean mine = p.executeUpdate() == 1;
                    return new Begun(find(c, "request_id", e.requestId()).orElseThrow(), mine);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO mentor_requests (request_id, answer_id, platform, team_id, "
                    + "asker_id, question, bot_answer, channel_id, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (answer_id) DO NOTHING")) {
                p.setString(1, newRequestId);
                p.setString(2, q.answerId());
                p.setString(3, q.platform().name());
                p.setString(4, q.teamId());
                p.setString(5, askerId);
                p.setString(6, cut(q.question(), 1000));
                p.setString(7, cut(q.answer(), 600));
                p.setString(8, channel.channelId());
                p.setString(9, RequestState.POSTING.name());
                p.setLong(10, now.toEpochMilli());
                boolean created = p.executeUpdate() == 1;
                return new Begun(find(c, "answer_id", q.answerId()).orElseThrow(), created);
            }
        });
    }

    /** The card is up: POSTING to OPEN with its message id. */
    public MentorRequest markPosted(String requestId, String messageId) {
        return move(requestId, RequestState.POSTING, RequestState.OPEN, "message_id = ?", messageId);
    }

    /** The card could not be posted: POSTING to UNSENT with why; the learner's next click tries again. */
    public MentorRequest markUnsent(String requestId, String reason) {
        return move(requestId, RequestState.POSTING, RequestState.UNSENT, "detail = ?", cut(reason, 500));
    }

    private MentorRequest move(String requestId, RequestState from, RequestState to, String set, String value) {
        return tx("update a mentor request", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE mentor_requests SET state = ?, " + set
                    + " WHERE request_id = ? AND state = ?")) {
                p.setString(1, to.name());
                p.setString(2, value);
                p.setString(3, requestId);
                p.setString(4, from.name());
                p.executeUpdate();
            }
            return find(c, "request_id", requestId).orElseThrow();
        });
    }

    /**
     * Claims an open request for {@code mentorId}: only the first claim wins.
     *
     * @return the request as it is after the attempt (CLAIMED by this mentor when it won), empty when unknown
     */
    public Optional<MentorRequest> claim(String requestId, String mentorId, Instant now) {
        return tx("claim a mentor request", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE mentor_requests SET state = ?, claimer_id = ?, claimed_at = ? "
                    + "WHERE request_id = ? AND state = ?")) {
                p.setString(1, RequestState.CLAIMED.name());
                p.setString(2, mentorId);
                p.setLong(3, now.toEpochMilli());
                p.setString(4, requestId);
                p.setString(5, RequestState.OPEN.name());
                p.executeUpdate();
            }
            return find(c, "request_id", requestId);
        });
    }

    /** Resolves a claimed request; {@code byAnyone} lets an admin resolve what another mentor claimed. */
    public Optional<MentorRequest> resolve(String requestId, String mentorId, boolean byAnyone, Instant now) {
        return tx("resolve a mentor request", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE mentor_requests SET state = ?, resolved_at = ? "
                    + "WHERE request_id = ? AND state = ? AND (claimer_id = ? OR ?)")) {
                p.setString(1, RequestState.RESOLVED.name());
                p.setLong(2, now.toEpochMilli());
                p.setString(3, requestId);
                p.setString(4, RequestState.CLAIMED.name());
                p.setString(5, mentorId);
                p.setBoolean(6, byAnyone);
                p.executeUpdate();
            }
            return find(c, "request_id", requestId);
        });
    }

    /**
     * Takes the open requests created at or before {@code createdBy} that were never reminded, marking each
     * reminded in the same transaction: whoever takes one posts its one reminder, even across restarts and
     * replicas (a crash after this commit and before the post loses that reminder rather than sending it twice).
     */
    public List<MentorRequest> takeDueReminders(Instant createdBy, Instant now) {
        return tx("take due reminders", c -> {
            List<String> due = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT request_id FROM mentor_requests "
                    + "WHERE state = ? AND reminded_at IS NULL AND created_at <= ?")) {
                p.setString(1, RequestState.OPEN.name());
                p.setLong(2, createdBy.toEpochMilli());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        due.add(r.getString(1));
                    }
                }
            }
            List<MentorRequest> taken = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("UPDATE mentor_requests SET reminded_at = ? "
                    + "WHERE request_id = ? AND reminded_at IS NULL AND state = ?")) {
                for (String id : due) {
                    p.setLong(1, now.toEpochMilli());
                    p.setString(2, id);
                    p.setString(3, RequestState.OPEN.name());
                    if (p.executeUpdate() == 1) {
                        taken.add(find(c, "request_id", id).orElseThrow());
                    }
                }
            }
            return taken;
        });
    }

    /** How many requests wait for a mentor: their card is in the mentors channel, unclaimed (an indexed count). */
    public long openRequests() {
        return read("count open mentor requests", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM mentor_requests WHERE state = ?")) {
                p.setString(1, RequestState.OPEN.name());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** When the oldest open, never reminded request was created, if any (the scheduler's next wake-up). */
    public Optional<Instant> oldestUnreminded() {
        return read("read mentor requests", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT MIN(created_at) FROM mentor_requests "
                    + "WHERE state = ? AND reminded_at IS NULL")) {
                p.setString(1, RequestState.OPEN.name());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    long t = r.getLong(1);
                    return r.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(t));
                }
            }
        });
    }

    /** A team's requests, newest first. */
    public List<MentorRequest> requests(Platform platform, String teamId, int limit) {
        return read("read mentor requests", c -> {
            List<MentorRequest> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + R_COLUMNS + " FROM mentor_requests "
                    + "WHERE platform = ? AND team_id = ? ORDER BY created_at DESC LIMIT ?")) {
                p.setString(1, platform.name());
                p.setString(2, teamId);
                p.setInt(3, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(request(r));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The person's requests that are not resolved (being posted, unsent, open or claimed), newest first; a person
     * without a team is matched in every team of the platform, as in {@link #forget}.
     */
    public List<MentorRequest> unresolvedRequestsOf(UserKey user, int limit) {
        boolean anyTeam = user.team().isEmpty();
        return read("read a person's mentor requests", c -> {
            List<MentorRequest> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + R_COLUMNS + " FROM mentor_requests "
                    + "WHERE platform = ? AND asker_id = ? AND (team_id = ? OR ?) AND state <> ? "
                    + "ORDER BY created_at DESC LIMIT ?")) {
                bindPerson(p, user, anyTeam);
                p.setString(5, RequestState.RESOLVED.name());
                p.setInt(6, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(request(r));
                    }
                }
            }
            return out;
        });
    }

    // ---- forgetting a person

    /**
     * What {@link #forget} deleted.
     *
     * @param requests the person's mentor requests as they were (their posted cards are to be withdrawn)
     * @param channelSettings mentors channels they set, whose setter is now blank
     */
    public record Forgotten(int questions, int votes, List<MentorRequest> requests, int channelSettings) {
        public Forgotten {
            requests = List.copyOf(requests);
        }
    }

    /**
     * Deletes in one transaction everything stored about {@code user}: their votes, their questions (and the votes
     * others gave those answers), their mentor requests; and blanks their name where they set a mentors channel.
     * A person without a team ({@code Request#user()} on Discord) is matched in every team of the platform.
     */
    public Forgotten forget(UserKey user) {
        String ref = userRef(user);
        boolean anyTeam = user.team().isEmpty();
        return tx("forget a person", c -> {
            int votes = update(c, "DELETE FROM answer_votes WHERE voter_ref = ?", ref);
            int questions = update(c, "DELETE FROM asked_questions WHERE user_ref = ?", ref);
            String mine = " FROM mentor_requests WHERE platform = ? AND asker_id = ? AND (team_id = ? OR ?)";
            List<MentorRequest> requests = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + R_COLUMNS + mine)) {
                bindPerson(p, user, anyTeam);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        requests.add(request(r));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE" + mine)) {
                bindPerson(p, user, anyTeam);
                p.executeUpdate();
            }
            int settings;
            try (PreparedStatement p = c.prepareStatement("UPDATE mentors_channels SET set_by = '' "
                    + "WHERE platform = ? AND set_by = ? AND (team_id = ? OR ?)")) {
                bindPerson(p, user, anyTeam);
                settings = p.executeUpdate();
            }
            return new Forgotten(questions, votes, requests, settings);
        });
    }

    private static void bindPerson(PreparedStatement p, UserKey user, boolean anyTeam) throws SQLException {
        p.setString(1, user.platform().name());
        p.setString(2, user.user());
        p.setString(3, user.team());
        p.setBoolean(4, anyTeam);
    }

    private static int update(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            return p.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
        db.close();
    }
}
