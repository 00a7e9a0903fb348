package mentorbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import mentorbot.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A shared PostgreSQL through a HikariCP pool: each {@link #write} is one READ COMMITTED transaction on a pooled
 * connection. Opening connects once on a plain connection first, so an unreachable server or a refused login is
 * one classified line (the pool would log its own stack trace), and migrates the schema there under the
 * migrations' advisory lock. Several stores of one process share the pool: each {@link #retain} is released by
 * one {@link #close}, and the last closes the pool.
 */
public final class PostgresDatabase implements Database {

    private static final Logger log = LoggerFactory.getLogger(PostgresDatabase.class);
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&][^=&]*password[^=&]*=)[^&]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");

    private final String source;
    private final HikariDataSource pool;
    private final StoreErrors errors;
    private int holders = 1;

    private PostgresDatabase(String source, HikariDataSource pool, StoreErrors errors) {
        this.source = source;
        this.pool = pool;
        this.errors = errors;
    }

    /**
     * Connects, migrates to this build's schema and starts the pool.
     *
     * @param connectTimeout how long connecting, or waiting for a pooled connection, may take
     * @throws StorageException when the server cannot be reached, refuses the login, or is at a newer schema
     */
    public static PostgresDatabase open(Settings.Database settings, Duration connectTimeout) {
        return open(settings, connectTimeout, e -> { });
    }

    /** As above, telling {@code errors} of every operation on the pool that fails. */
    public static PostgresDatabase open(Settings.Database settings, Duration connectTimeout, StoreErrors errors) {
        String source = redact(settings.url());
        try (Connection c = connect(settings, connectTimeout)) {
            Migrations.migrate(c, Dialect.POSTGRESQL, source, System.currentTimeMillis());
        } catch (SQLException e) {
            throw StorageException.classifyPostgres(source, "connect and migrate", e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("mentorbot-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password().value());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
        config.setInitializationFailTimeout(-1); // reachable a moment ago; a later outage is each call's error
        config.addDataSourceProperty("ApplicationName", "mentor-bot");
        log.info("Database: PostgreSQL at {} (user {}, pool of {})", source, settings.user(), settings.poolSize());
        return new PostgresDatabase(source, new HikariDataSource(config), errors);
    }

    /** A connection of its own, outside any pool (a session-level advisory lock lives as long as it does). */
    public static Connection session(Settings.Database settings, Duration connectTimeout) {
        try {
            return connect(settings, connectTimeout);
        } catch (SQLException e) {
            throw StorageException.classifyPostgres(redact(settings.url()), "connect", e);
        }
    }

    private static Connection connect(Settings.Database settings, Duration timeout) throws SQLException {
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password().isPresent()) {
            props.setProperty("password", settings.password().value());
        }
        String seconds = Long.toString(Math.max(1, timeout.toSeconds()));
        props.setProperty("connectTimeout", seconds);
        props.setProperty("loginTimeout", seconds);
        props.setProperty("ApplicationName", "mentor-bot");
        return DriverManager.getConnection(settings.url(), props);
    }

    /** The URL as it may be logged: any password in it (user info or a parameter) replaced by stars. */
    public static String redact(String url) {
        String u = USER_INFO.matcher(url).replaceFirst("//****@");
        return PASSWORD_PARAM.matcher(u).replaceAll("$1****");
    }

    /** One more holder of this pool; each holder closes it once. */
    synchronized PostgresDatabase retain() {
        holders++;
        return this;
    }

    synchronized boolean isClosed() {
        return holders == 0;
    }

    @Override
    public <T> T write(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return Transactions.postgres(c, () -> work.run(c));
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    @Override
    public <T> T read(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    private StorageException fail(String what, SQLException e) {
        StorageException failure = StorageException.classifyPostgres(source, what, e);
        errors.failed(failure);
        return failure;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String describe() {
        return source;
    }

    @Override
    public synchronized void close() {
        if (holders > 0 && --holders == 0) {
            pool.close();
        }
    }
}
