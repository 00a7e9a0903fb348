package mentorbot.platform.slack;

import com.slack.api.bolt.service.OAuthStateService;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import mentorbot.store.Database;

/**
 * Bolt's {@link OAuthStateService} in the bot's database (table {@code slack_oauth_states}), so a flow begun on one
 * replica can end on another. Bolt checks that the {@code state} of the redirect is the one in the browser's cookie
 * and here, unexpired; using it deletes it, and a state deleted meanwhile (the same redirect twice at once) fails the
 * second flow before its installation is saved.
 */
final class SlackOAuthStates implements OAuthStateService {

    private final Database db;
    private final Clock clock;

    SlackOAuthStates(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        long now = clock.millis();
        db.write("save an OAuth state", c -> {
            // Expired states of abandoned flows go with each new one: the table stays as small as the flows in progress.
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM slack_oauth_states WHERE expires_at <= ?");
                 PreparedStatement p = c.prepareStatement("INSERT INTO slack_oauth_states (state, expires_at) VALUES (?, ?)")) {
                purge.setLong(1, now);
                purge.executeUpdate();
                p.setString(1, state);
                p.setLong(2, now + getExpirationInSeconds() * 1000);
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return db.read("read an OAuth state", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT 1 FROM slack_oauth_states WHERE state = ? AND expires_at > ?")) {
                p.setString(1, state);
                p.setLong(2, clock.millis());
                try (ResultSet r = p.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** @throws IllegalStateException when the state was used (or expired) meanwhile: this flow must not finish */
    @Override
    public void deleteStateFromDatastore(String state) {
        int deleted = db.write("use an OAuth state", c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM slack_oauth_states WHERE state = ? AND expires_at > ?")) {
                p.setString(1, state);
                p.setLong(2, clock.millis());
                return p.executeUpdate();
            }
        });
        if (deleted == 0) {
            throw new IllegalStateException(OAuthPages.USED_STATE);
        }
    }
}
