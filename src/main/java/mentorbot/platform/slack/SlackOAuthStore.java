package mentorbot.platform.slack;

import java.security.SecureRandom;
import java.time.Clock;
import mentorbot.config.EncryptionKey;
import mentorbot.config.Settings;
import mentorbot.store.SqliteConnection;
import mentorbot.store.SqliteFiles;
import mentorbot.store.TokenCipher;

/**
 * What OAuth keeps in the bot's database: the installations (tokens encrypted with {@code MENTORBOT_SECRET_KEY}) and
 * the states of flows in progress, on one connection to the bot's file.
 */
final class SlackOAuthStore implements AutoCloseable {

    private final SqliteConnection db;
    private final SlackInstallationStore installations;
    private final SlackOAuthStates states;

    private SlackOAuthStore(SqliteConnection db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.installations = new SlackInstallationStore(db, cipher, clock);
        this.states = new SlackOAuthStates(db, clock);
    }

    /**
     * Opens {@code <dataDir>/tips.db} (migrating it) with the configured key.
     *
     * @throws IllegalArgumentException when {@code MENTORBOT_SECRET_KEY} is missing or malformed
     * @throws mentorbot.store.StorageException when the database cannot be used
     */
    static SlackOAuthStore open(Settings settings, Clock clock) {
        byte[] key = EncryptionKey.parse(settings.slack().secretKey().value());
        TokenCipher cipher = new TokenCipher(key, new SecureRandom());
        java.util.Arrays.fill(key, (byte) 0);
        return new SlackOAuthStore(SqliteConnection.open(settings.dataPath().resolve(SqliteFiles.FILE_NAME), true,
                settings.tips().busyTimeout()), cipher, clock);
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
