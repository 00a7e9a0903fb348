package mentorbot.plan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mentorbot.config.Settings;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Platform;
import mentorbot.mentor.UserKey;
import mentorbot.store.Database;
import mentorbot.store.Databases;
import mentorbot.store.SqliteConnection;

/**
 * Learning plans in the bot's {@link Database} (schema V4): one plan per person, its items with progress, and the
 * weekly nudge's ledger. Every write is one short transaction; the nudge is claimed by a unique key (person, ISO
 * week), so whoever inserts the row sends that week's nudge, on SQLite and on a PostgreSQL shared by replicas.
 */
public final class PlanStore implements AutoCloseable {

    private static final String WHO = "platform = ? AND team_id = ? AND user_id = ?";

    private final Database db;

    private PlanStore(Database db) {
        this.db = db;
    }

    /** Opens (creating and migrating if needed) the configured database: PostgreSQL, or {@code <dataDir>/tips.db}. */
    public static PlanStore open(Settings settings) {
        return open(Databases.of(settings).open());
    }

    public static PlanStore open(Path file, Duration busyTimeout) {
        return open(SqliteConnection.open(file, true, busyTimeout));
    }

    /** On an open database; closing the store closes it. */
    public static PlanStore open(Database db) {
        return new PlanStore(db);
    }

    /** Stores a new plan for its owner in place of any earlier one (whose progress goes with it). */
    public void save(StoredPlan plan, Instant now) {
        db.write("store a learning plan", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO learning_plans (platform, team_id, user_id, role_id, "
                    + "role_title, from_level, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (platform, team_id, user_id) DO UPDATE SET role_id = excluded.role_id, "
                    + "role_title = excluded.role_title, from_level = excluded.from_level, updated_at = excluded.updated_at")) {
                who(p, plan.owner(), 1);
                p.setString(4, plan.roleId());
                p.setString(5, cut(plan.roleTitle(), 200));
                p.setString(6, plan.from().name());
                p.setLong(7, now.toEpochMilli());
                p.setLong(8, now.toEpochMilli());
                p.executeUpdate();
            }
            writeItems(c, plan.owner(), plan.items());
            return null;
        });
    }

    /** Replaces the plan's items (after a knowledge edit), keeping the plan, its nudge and the role's current title. */
    public void replaceItems(UserKey owner, String roleTitle, List<StoredPlan.Item> items, Instant now) {
        db.write("update a learning plan", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE learning_plans SET role_title = ?, updated_at = ? WHERE " + WHO)) {
                p.setString(1, cut(roleTitle, 200));
                p.setLong(2, now.toEpochMilli());
                who(p, owner, 3);
                if (p.executeUpdate() == 0) {
                    return null; // dropped meanwhile: nothing to update
                }
            }
            writeItems(c, owner, items);
            return null;
        });
    }

    private static void writeItems(Connection c, UserKey owner, List<StoredPlan.Item> items) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM plan_items WHERE " + WHO)) {
            who(p, owner, 1);
            p.executeUpdate();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_items (platform, team_id, user_id, item_id, position, "
                + "kind, source_id, text, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (StoredPlan.Item item : items) {
                who(p, owner, 1);
                p.setString(4, item.item().id());
                p.setInt(5, position++);
                p.setString(6, item.item().kind().name());
                p.setString(7, item.item().source());
                p.setString(8, cut(item.item().text(), 600));
                if (item.doneAt() == null) {
                    p.setNull(9, Types.BIGINT);
                } else {
                    p.setLong(9, item.doneAt().toEpochMilli());
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    public Optional<StoredPlan> plan(UserKey owner) {
        return db.read("read a learning plan", c -> find(c, owner));
    }

    private static Optional<StoredPlan> find(Connection c, UserKey owner) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT role_id, role_title, from_level, nudge_day, nudge_time, "
                + "nudge_zone, nudge_from FROM learning_plans WHERE " + WHO)) {
            who(p, owner, 1);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Nudge nudge = null;
                if (r.getString(4) != null) {
                    nudge = new Nudge(DayOfWeek.valueOf(r.getString(4)), LocalTime.parse(r.getString(5)), ZoneId.of(r.getString(6)),
                            Instant.ofEpochMilli(r.getLong(7)));
                }
                return Optional.of(new StoredPlan(owner, r.getString(1), r.getString(2), SkillLevel.valueOf(r.getString(3)),
                        items(c, owner), nudge));
            }
        }
    }

    private static List<StoredPlan.Item> items(Connection c, UserKey owner) throws SQLException {
        List<StoredPlan.Item> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT item_id, kind, source_id, text, done_at FROM plan_items WHERE "
                + WHO + " ORDER BY position")) {
            who(p, owner, 1);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    long done = r.getLong(5);
                    boolean open = r.wasNull();
                    out.add(new StoredPlan.Item(new PlanItem(r.getString(1), ItemKind.valueOf(r.getString(2)), r.getString(3),
                            r.getString(4)), open ? null : Instant.ofEpochMilli(done)));
                }
            }
        }
        return out;
    }

    /**
     * Checks an item off ({@code doneAt}) or opens it again (null).
     *
     * @return false when the plan has no such item
     */
    public boolean mark(UserKey owner, String itemId, Instant doneAt) {
        return db.write(doneAt == null ? "undo a plan item" : "check off a plan item", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE plan_items SET done_at = ? WHERE " + WHO + " AND item_id = ?")) {
                if (doneAt == null) {
                    p.setNull(1, Types.BIGINT);
                } else {
                    p.setLong(1, doneAt.toEpochMilli());
                }
                who(p, owner, 2);
                p.setString(5, itemId);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Sets (or with null, stops) the weekly nudge; false when the person has no plan. */
    public boolean setNudge(UserKey owner, Nudge nudge) {
        return db.write("set the weekly nudge", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE learning_plans SET nudge_day = ?, nudge_time = ?, "
                    + "nudge_zone = ?, nudge_from = ? WHERE " + WHO)) {
                p.setString(1, nudge == null ? null : nudge.day().name());
                p.setString(2, nudge == null ? null : nudge.time().toString());
                p.setString(3, nudge == null ? null : nudge.zone().getId());
                if (nudge == null) {
                    p.setNull(4, Types.BIGINT);
                } else {
                    p.setLong(4, nudge.from().toEpochMilli());
                }
                who(p, owner, 5);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Every plan with a weekly nudge set. */
    public List<StoredPlan> nudged() {
        return db.read("read the weekly nudges", c -> {
            List<UserKey> owners = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT platform, team_id, user_id FROM learning_plans "
                    + "WHERE nudge_day IS NOT NULL ORDER BY platform, team_id, user_id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    owners.add(new UserKey(Platform.valueOf(r.getString(1)), r.getString(2), r.getString(3)));
                }
            }
            List<StoredPlan> out = new ArrayList<>();
            for (UserKey owner : owners) {
                find(c, owner).ifPresent(out::add);
            }
            return out;
        });
    }

    /**
     * Claims this week's nudge for the person: true for exactly one caller per person and week, across restarts and
     * replicas, and only while their nudge is still on. A crash after this commit and before the DM loses that
     * week's nudge rather than sending it twice.
     */
    public boolean claimNudge(UserKey owner, String week, String itemId, Instant now) {
        return db.write("claim a weekly nudge", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_nudges (platform, team_id, user_id, week, item_id, "
                    + "state, claimed_at, updated_at) SELECT platform, team_id, user_id, ?, ?, 'CLAIMED', ?, ? "
                    + "FROM learning_plans WHERE " + WHO + " AND nudge_day IS NOT NULL "
                    + "ON CONFLICT (platform, team_id, user_id, week) DO NOTHING")) {
                p.setString(1, week);
                p.setString(2, itemId);
                p.setLong(3, now.toEpochMilli());
                p.setLong(4, now.toEpochMilli());
                who(p, owner, 5);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Records how a claimed nudge went: SENT, or FAILED with why. */
    public void nudgeSent(UserKey owner, String week, boolean sent, String detail, Instant now) {
        db.write("record a weekly nudge", c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE plan_nudges SET state = ?, detail = ?, updated_at = ? "
                    + "WHERE " + WHO + " AND week = ?")) {
                p.setString(1, sent ? "SENT" : "FAILED");
                p.setString(2, cut(detail, 500));
                p.setLong(3, now.toEpochMilli());
                who(p, owner, 4);
                p.setString(7, week);
                return p.executeUpdate();
            }
        });
    }

    /** The weeks (YYYY-Www) the person's nudge was claimed, oldest first. */
    public List<String> nudgeWeeks(UserKey owner) {
        return db.read("read the weekly nudges", c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT week FROM plan_nudges WHERE " + WHO + " ORDER BY week")) {
                who(p, owner, 1);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Deletes the person's plan and its items (the nudge ledger stays, so a new plan is not nudged twice that week). */
    public boolean drop(UserKey owner) {
        return db.write("delete a learning plan", c -> delete(c, "learning_plans", owner) == 1);
    }

    /** Deletes everything stored about the person: plan, items and nudge ledger; returns how many plans. */
    public int forget(UserKey owner) {
        return db.write("forget a person's learning plan", c -> {
            delete(c, "plan_nudges", owner);
            delete(c, "plan_items", owner);
            return delete(c, "learning_plans", owner);
        });
    }

    private static int delete(Connection c, String table, UserKey owner) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE " + WHO)) {
            who(p, owner, 1);
            return p.executeUpdate();
        }
    }

    private static void who(PreparedStatement p, UserKey owner, int first) throws SQLException {
        p.setString(first, owner.platform().name());
        p.setString(first + 1, owner.team());
        p.setString(first + 2, owner.user());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
        db.close();
    }
}
