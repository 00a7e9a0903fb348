package mentorbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import org.junit.jupiter.api.Test;

/** A PostgreSQL that cannot be used is one classified line naming the URL, never the password. */
class PostgresFaultsTest {

    private static final String PASSWORD = "s3cret-pw";

    private static StorageException failToOpen(String url, String user) {
        Settings.Database settings = new Settings.Database(url, user, new Secret(PASSWORD), 2);
        StorageException e = assertThrows(StorageException.class, () -> PostgresDatabase.open(settings, Duration.ofSeconds(2)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        assertTrue(e.getMessage().startsWith(PostgresDatabase.redact(url) + ": "), e.getMessage());
        return e;
    }

    @Test
    void aServerThatIsNotListeningIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // free again once closed: nothing listens there
        }
        StorageException e = failToOpen("jdbc:postgresql://127.0.0.1:" + closed + "/mentorbot", "mentor");
        assertEquals(StorageException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().contains("MENTORBOT_DATABASE_URL"), e.getMessage());
    }

    @Test
    void anUnknownUserIsRefusedLogin() {
        StorageException e = failToOpen("jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/postgres", "nobody_here");
        assertEquals(StorageException.Kind.AUTH_FAILED, e.kind());
        assertTrue(e.getMessage().contains("MENTORBOT_DATABASE_USER"), e.getMessage());
    }

    @Test
    void aMissingDatabaseIsNamed() {
        StorageException e = failToOpen("jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/no_such_db", "postgres");
        assertEquals(StorageException.Kind.NO_DATABASE, e.kind());
    }

    @Test
    void aUserWithoutRightsOnTheTablesIsRefusedWithAServerRemedy() throws Exception {
        Settings.Database owner = TestPostgres.freshDatabase();
        PostgresDatabase.open(owner, Duration.ofSeconds(5)).close(); // migrated by its owner
        String role = "reader_" + Long.toHexString(System.nanoTime());
        try (java.sql.Connection c = PostgresDatabase.session(owner, Duration.ofSeconds(5));
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN");
        }
        StorageException e = failToOpen(owner.url(), role);
        assertEquals(StorageException.Kind.REFUSED, e.kind());
        assertTrue(e.getMessage().contains("[42501]") && e.getMessage().contains("grant MENTORBOT_DATABASE_USER rights"),
                e.getMessage());
        assertFalse(e.getMessage().contains("data directory"), "no file to fix on a server: " + e.getMessage());
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertEquals("jdbc:postgresql://db:5432/bot?user=bot&password=****&ssl=true",
                PostgresDatabase.redact("jdbc:postgresql://db:5432/bot?user=bot&password=" + PASSWORD + "&ssl=true"));
        assertEquals("jdbc:postgresql://****@db/bot", PostgresDatabase.redact("jdbc:postgresql://bot:" + PASSWORD + "@db/bot"));
        StorageException e = failToOpen("jdbc:postgresql://127.0.0.1:" + TestPostgres.port() + "/no_such_db?password=" + PASSWORD,
                "postgres");
        assertEquals(StorageException.Kind.NO_DATABASE, e.kind());
    }
}
