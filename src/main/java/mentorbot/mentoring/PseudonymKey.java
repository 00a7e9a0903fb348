package mentorbot.mentoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.random.RandomGenerator;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;

/**
 * The database's pseudonym key ({@code store_keys}, name {@code user_ref}): read, or created once. The
 * transaction that creates it also rewrites the user ids of rows written before schema V3 into references,
 * so no raw user id stays behind in questions or votes; whoever inserts the key does that, exactly once.
 */
final class PseudonymKey {

    static final String NAME = "user_ref";
    private static final int BYTES = 32;

    private PseudonymKey() {
    }

    /** Runs inside the caller's {@code BEGIN IMMEDIATE} transaction. */
    static byte[] loadOrCreate(Connection c, RandomGenerator secureRandom) throws SQLException {
        byte[] fresh = new byte[BYTES];
        secureRandom.nextBytes(fresh);
        boolean created;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO store_keys (name, key_value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING")) {
            p.setString(1, NAME);
            p.setString(2, HexFormat.of().formatHex(fresh));
            p.setLong(3, System.currentTimeMillis());
            created = p.executeUpdate() == 1;
        }
        byte[] key;
        try (PreparedStatement p = c.prepareStatement("SELECT key_value FROM store_keys WHERE name = ?")) {
            p.setString(1, NAME);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                key = HexFormat.of().parseHex(r.getString(1));
            }
        }
        if (created) {
            rewriteEarlierRows(c, new Pseudonyms(key));
        }
        return key;
    }

    /** The person as requests name them: a Discord user id is global, so it carries no team. */
    private static UserKey key(String platform, String team, String user) {
        Platform p = Platform.valueOf(platform);
        return new UserKey(p, p == Platform.DISCORD ? "" : team, user);
    }

    /** Rows from before V3 hold platform user ids: each becomes its reference. */
    private static void rewriteEarlierRows(Connection c, Pseudonyms pseudonyms) throws SQLException {
        List<String[]> votes = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT v.answer_id, v.voter_ref, q.platform, q.team_id "
                + "FROM answer_votes v JOIN asked_questions q ON q.answer_id = v.answer_id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                votes.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE answer_votes SET voter_ref = ? WHERE answer_id = ? AND voter_ref = ?")) {
            for (String[] v : votes) {
                p.setString(1, pseudonyms.of(key(v[2], v[3], v[1])));
                p.setString(2, v[0]);
                p.setString(3, v[1]);
                p.addBatch();
            }
            p.executeBatch();
        }
        List<String[]> questions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT answer_id, platform, team_id, user_ref FROM asked_questions");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                questions.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE asked_questions SET user_ref = ? WHERE answer_id = ?")) {
            for (String[] q : questions) {
                p.setString(1, pseudonyms.of(key(q[1], q[2], q[3])));
                p.setString(2, q[0]);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
