package mentorbot.platform.slack;

import java.security.SecureRandom;
import java.time.Clock;
import mentorbot.config.EncryptionKey;
import mentorbot.config.Settings;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import mentorbot.store.TokenCipher;

/**
 * What OAuth keeps in the bot's database: the installations (tokens encrypted with {@code MENTORBOT_SECRET_KEY}) and
 * the states of flows in progress, in the bot's {@link Database} (the SQLite file, or the PostgreSQL the replicas
 * share, so any replica finishes a flow another began).
 */
final class SlackOAuthStore implements AutoCloseable {

    private final Database db;
    private final SlackInstallationStore installations;
    private final SlackOAuthStates states;

    private SlackOAuthStore(Database db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.installations = new SlackInstallationStore(db, cipher, clock);
        this.states = new SlackOAuthStates(db, clock);
    }

    /**
     * Opens the configured database (migrating it) with the configured key.
     *
     * @throws IllegalArgumentException when {@code MENTORBOT_SECRET_KEY} is missing or malformed
     * @throws mentorbot.store.StorageException when the database cannot be used
     */
    static SlackOAuthStore open(Settings settings, Clock clock) {
        return open(settings, clock, Databases.of(settings));
    }

    /** As above, on a handle {@code databases} opens (closed with this store). */
    static SlackOAuthStore open(Settings settings, Clock clock, Databases databases) {
        byte[] key = EncryptionKey.parse(settings.slack().secretKey().value());
        TokenCipher cipher = new TokenCipher(key, new SecureRandom());
        java.util.Arrays.fill(key, (byte) 0);
        return new SlackOAuthStore(databases.open(), cipher, clock);
    }

    SlackInstallationStore installations() {
        return installations;
    }

    SlackOAuthStates states() {
        return states;
    }

    @Override
    public void close() {
        db.close();
    }
}
