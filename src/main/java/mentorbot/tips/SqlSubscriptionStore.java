package mentorbot.tips;

import mentorbot.store.Migrations;
import mentorbot.store.StorageException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mentorbot.config.Settings;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import mentorbot.store.SqliteConnection;
import mentorbot.store.SqliteFiles;

/**
 * {@link SubscriptionStore} in the bot's {@link Database}: the SQLite file (WAL mode, each write a short
 * {@code BEGIN IMMEDIATE} transaction, so several processes on one file serialise on the write lock) or a shared
 * PostgreSQL (READ COMMITTED). The SQL is standard and runs on both ({@code INSERT … ON CONFLICT DO NOTHING},
 * {@code ON CONFLICT … DO UPDATE}); every exactly-once step is the ledger's unique key or a conditional
 * {@code UPDATE} whose row count says who won, which holds under either.
 */
public final class SqlSubscriptionStore implements SubscriptionStore {

    /** The database file's name inside the data directory. */
    public static final String FILE_NAME = SqliteFiles.FILE_NAME;

    /** How a commit reaches the disk. */
    public enum Durability {
        /** fsync on every commit: a claim survives power loss, not only a process crash. */
        FULL,
        /** WAL default: a commit survives a crash of the process (SIGKILL); power loss may lose the last ones. */
        NORMAL
    }

    private final Database db;

    private SqlSubscriptionStore(Database db) {
        this.db = db;
    }

    /**
     * Opens the configured database: PostgreSQL when {@code MENTORBOT_DATABASE_URL} is set, else (creating if
     * needed) {@code <dataDir>/tips.db} with full durability and the configured busy timeout.
     */
    public static SqlSubscriptionStore open(Settings settings) {
        return open(Databases.of(settings).open());
    }

    /** On an open database; closing the store closes it. */
    public static SqlSubscriptionStore open(Database db) {
        return new SqlSubscriptionStore(db);
    }

    /**
     * Opens (creating if needed) and migrates the database.
     *
     * @param busyTimeout how long a statement waits for another process's lock before failing
     *                    with {@link StorageException.Kind#LOCKED}
     * @throws StorageException when the file cannot be used; it is never written to then
     */
    public static SqlSubscriptionStore open(Path file, Durability durability, Duration busyTimeout) {
        return new SqlSubscriptionStore(SqliteConnection.open(file, durability == Durability.FULL, busyTimeout));
    }

    /** The file, or the URL without password. */
    public String describe() {
        return db.describe();
    }

    @Override
    public void ping() {
        db.ping();
    }

    /** The schema version this file is at. */
    public int schemaVersion() {
        return read("read the schema version", Migrations::current);
    }

    /**
     * Runs one PRAGMA on this store's own connection. Tests use it to meet real SQLite faults that
     * only a connection setting brings about: {@code max_page_count} (SQLITE_FULL) and
     * {@code query_only} (SQLITE_READONLY, where the tests run as root and permissions do not bind).
     */
    void pragma(String pragma) {
        ((SqliteConnection) db).pragma(pragma);
    }

    private <T> T tx(String what, Database.Work<T> work) {
        return db.write(what, work);
    }

    private <T> T read(String what, Database.Work<T> work) {
        return db.read(what, work);
    }

    private static final String SUB_COLUMNS = "channel_key, local_time, zone_id, created_by, created_at, effective_from, "
            + "paused, paused_reason, rotation_seed, rotation_cycle";

    @Override
    public Subscription subscribe(ChannelKey channel, LocalTime time, ZoneId zone, String by, Instant now) {
        return tx("subscribe " + channel, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO tip_subscriptions (channel_key, platform, team_id, channel_id, local_time, zone_id, created_by, "
                            + "created_at, effective_from, active, paused, paused_reason, rotation_seed, rotation_cycle, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, NULL, ?, 0, ?) "
                            + "ON CONFLICT (channel_key) DO UPDATE SET local_time = excluded.local_time, zone_id = excluded.zone_id, "
                            + "created_by = excluded.created_by, effective_from = excluded.effective_from, active = 1, paused = 0, "
                            + "paused_reason = NULL, updated_at = excluded.updated_at")) {
                p.setString(1, channel.id());
                p.setString(2, channel.platform().name());
                p.setString(3, channel.teamId());
                p.setString(4, channel.channelId());
                p.setString(5, time.toString());
                p.setString(6, zone.getId());
                p.setString(7, by);
                p.setLong(8, now.toEpochMilli());
                p.setLong(9, now.toEpochMilli());
                p.setLong(10, TipRotation.seedFor(channel));
                p.setLong(11, now.toEpochMilli());
                p.executeUpdate();
            }
            return findIn(c, channel).orElseThrow();
        });
    }

    @Override
    public boolean unsubscribe(ChannelKey channel, Instant now) {
        return tx("unsubscribe " + channel, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_subscriptions SET active = 0, updated_at = ? WHERE channel_key = ? AND active = 1")) {
                p.setLong(1, now.toEpochMilli());
                p.setString(2, channel.id());
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public Optional<Subscription> find(ChannelKey channel) {
        return read("read " + channel, c -> findIn(c, channel));
    }

    private static Optional<Subscription> findIn(Connection c, ChannelKey channel) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + SUB_COLUMNS + " FROM tip_subscriptions WHERE channel_key = ? AND active = 1")) {
            p.setString(1, channel.id());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(subscription(r)) : Optional.empty();
            }
        }
    }

    private static Subscription subscription(ResultSet r) throws SQLException {
        return new Subscription(ChannelKey.parse(r.getString(1)), LocalTime.parse(r.getString(2)), ZoneId.of(r.getString(3)),
                r.getString(4), Instant.ofEpochMilli(r.getLong(5)), Instant.ofEpochMilli(r.getLong(6)),
                r.getInt(7) != 0, r.getString(8), r.getLong(9), r.getInt(10));
    }

    @Override
    public List<Subscription> subscriptions() {
        return read("list subscriptions", c -> {
            List<Subscription> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + SUB_COLUMNS + " FROM tip_subscriptions WHERE active = 1 ORDER BY channel_key");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(subscription(r));
                }
            }
            return out;
        });
    }

    @Override
    public void pause(ChannelKey channel, String reason, Instant now) {
        tx("pause " + channel, c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_subscriptions SET paused = 1, paused_reason = ?, updated_at = ? WHERE channel_key = ?")) {
                p.setString(1, truncate(reason));
                p.setLong(2, now.toEpochMilli());
                p.setString(3, channel.id());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Set<String> ledgerDaysSince(LocalDate from) {
        return read("read the ledger", c -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT channel_key, local_date FROM tip_post_ledger WHERE local_date >= ?")) {
                p.setString(1, from.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1) + "@" + r.getString(2));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Claim> claim(ChannelKey channel, LocalDate date, List<String> tipIds, String owner, Instant now,
                                 boolean sendingNow) {
        return tx("claim " + channel + " on " + date, c -> {
            Optional<Subscription> sub = findIn(c, channel);
            if (sub.isEmpty() || sub.get().paused() || tipIds.isEmpty()) {
                return Optional.empty();
            }
            if (exists(c, channel, date)) {
                return Optional.empty();
            }
            int cycle = sub.get().rotationCycle();
            Set<String> shown = new HashSet<>();
            String last = null;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT tip_id, cycle, state FROM tip_post_ledger WHERE channel_key = ? ORDER BY local_date DESC")) {
                p.setString(1, channel.id());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (last == null) {
                            last = r.getString(1);
                        }
                        if (r.getInt(2) == cycle && !PostState.FAILED.name().equals(r.getString(3))) {
                            shown.add(r.getString(1));
                        }
                    }
                }
            }
            TipRotation.Pick pick = TipRotation.next(tipIds, sub.get().rotationSeed(), cycle, shown, last).orElseThrow();
            int inserted;
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO tip_post_ledger (channel_key, local_date, tip_id, cycle, state, attempts, owner, claimed_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (channel_key, local_date) DO NOTHING")) {
                p.setString(1, channel.id());
                p.setString(2, date.toString());
                p.setString(3, pick.tipId());
                p.setInt(4, pick.cycle());
                p.setString(5, (sendingNow ? PostState.SENDING : PostState.CLAIMED).name());
                p.setInt(6, sendingNow ? 1 : 0);
                p.setString(7, owner);
                p.setLong(8, now.toEpochMilli());
                p.setLong(9, now.toEpochMilli());
                inserted = p.executeUpdate();
            }
            if (inserted != 1) {
                return Optional.empty();
            }
            if (pick.cycle() != cycle) {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE tip_subscriptions SET rotation_cycle = ? WHERE channel_key = ?")) {
                    p.setInt(1, pick.cycle());
                    p.setString(2, channel.id());
                    p.executeUpdate();
                }
            }
            return Optional.of(new Claim(channel, date, pick.tipId(), owner));
        });
    }

    private static boolean exists(Connection c, ChannelKey channel, LocalDate date) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT 1 FROM tip_post_ledger WHERE channel_key = ? AND local_date = ?")) {
            p.setString(1, channel.id());
            p.setString(2, date.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Moves the owner's row from one state to another; returns whether it did. */
    private int transition(Claim claim, PostState from, PostState to, int addAttempts, String messageId,
                           String detail, Instant now) {
        return tx("update the ledger for " + claim.channel(), c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_post_ledger SET state = ?, attempts = attempts + ?, updated_at = ?, "
                            + "message_id = COALESCE(?, message_id), detail = COALESCE(?, detail) "
                            + "WHERE channel_key = ? AND local_date = ? AND owner = ? AND state = ?")) {
                p.setString(1, to.name());
                p.setInt(2, addAttempts);
                p.setLong(3, now.toEpochMilli());
                p.setString(4, messageId);
                p.setString(5, truncate(detail));
                p.setString(6, claim.channel().id());
                p.setString(7, claim.date().toString());
                p.setString(8, claim.owner());
                p.setString(9, from.name());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean beginAttempt(Claim claim, Instant now) {
        return transition(claim, PostState.CLAIMED, PostState.SENDING, 1, null, null, now) == 1;
    }

    @Override
    public void retryLater(Claim claim, String detail, Instant now) {
        transition(claim, PostState.SENDING, PostState.CLAIMED, 0, null, detail, now);
    }

    @Override
    public void markSent(Claim claim, String messageId, Instant now) {
        transition(claim, PostState.SENDING, PostState.SENT, 0, messageId, null, now);
    }

    @Override
    public void markFailed(Claim claim, String reason, Instant now) {
        if (transition(claim, PostState.SENDING, PostState.FAILED, 0, null, reason, now) == 0) {
            transition(claim, PostState.CLAIMED, PostState.FAILED, 0, null, reason, now);
        }
    }

    @Override
    public List<Claim> takeOverStale(String newOwner, Instant staleBefore, LocalDate fromDate, Instant now) {
        return tx("take over stale claims", c -> {
            List<Claim> stale = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT channel_key, local_date, tip_id, owner FROM tip_post_ledger "
                            + "WHERE state = ? AND updated_at < ? AND local_date >= ? AND owner <> ?")) {
                p.setString(1, PostState.CLAIMED.name());
                p.setLong(2, staleBefore.toEpochMilli());
                p.setString(3, fromDate.toString());
                p.setString(4, newOwner);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        stale.add(new Claim(ChannelKey.parse(r.getString(1)), LocalDate.parse(r.getString(2)),
                                r.getString(3), r.getString(4)));
                    }
                }
            }
            List<Claim> taken = new ArrayList<>();
            // The conditions are checked again row by row: under READ COMMITTED another replica may have taken the
            // row, or its owner renewed it, since the SELECT above; the row count says who won.
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_post_ledger SET owner = ?, updated_at = ? "
                            + "WHERE channel_key = ? AND local_date = ? AND owner = ? AND state = ? AND updated_at < ?")) {
                for (Claim s : stale) {
                    p.setString(1, newOwner);
                    p.setLong(2, now.toEpochMilli());
                    p.setString(3, s.channel().id());
                    p.setString(4, s.date().toString());
                    p.setString(5, s.owner());
                    p.setString(6, PostState.CLAIMED.name());
                    p.setLong(7, staleBefore.toEpochMilli());
                    if (p.executeUpdate() == 1) {
                        taken.add(new Claim(s.channel(), s.date(), s.tipId(), newOwner));
                    }
                }
            }
            return taken;
        });
    }

    @Override
    public int renewClaims(String owner, Instant now) {
        return tx("renew the ledger's claims", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_post_ledger SET updated_at = ? WHERE owner = ? AND state IN (?, ?)")) {
                p.setLong(1, now.toEpochMilli());
                p.setString(2, owner);
                p.setString(3, PostState.CLAIMED.name());
                p.setString(4, PostState.SENDING.name());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public int abandonInterrupted(Instant staleBefore, Instant now) {
        return tx("abandon interrupted posts", c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE tip_post_ledger SET state = ?, updated_at = ?, detail = ? WHERE state = ? AND updated_at < ?")) {
                p.setString(1, PostState.FAILED.name());
                p.setLong(2, now.toEpochMilli());
                p.setString(3, "interrupted while sending; not retried, so the channel never gets the tip twice");
                p.setString(4, PostState.SENDING.name());
                p.setLong(5, staleBefore.toEpochMilli());
                return p.executeUpdate();
            }
        });
    }

    @Override
    public List<LedgerEntry> ledger(ChannelKey channel, int limit) {
        return read("read the ledger of " + channel, c -> {
            List<LedgerEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT local_date, tip_id, cycle, state, attempts, owner, claimed_at, updated_at, message_id, detail "
                            + "FROM tip_post_ledger WHERE channel_key = ? ORDER BY local_date DESC LIMIT ?")) {
                p.setString(1, channel.id());
                p.setInt(2, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new LedgerEntry(channel, LocalDate.parse(r.getString(1)), r.getString(2), r.getInt(3),
                                PostState.valueOf(r.getString(4)), r.getInt(5), r.getString(6),
                                Instant.ofEpochMilli(r.getLong(7)), Instant.ofEpochMilli(r.getLong(8)),
                                r.getString(9), r.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }

    @Override
    public void close() {
        db.close();
    }
}
