package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultBot;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mentorbot.store.Database;
import mentorbot.store.TestBackend;
import mentorbot.store.TokenCipher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database behind Slack OAuth must do: installations kept with the bot token sealed, never in the clear,
 * and an OAuth state used once, also when two replicas (two handles on one database) race for it.
 */
abstract class SlackOAuthStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String TOKEN = "xoxb-contract-0000-plain-token";

    private TestBackend backend;
    private final List<Database> opened = new ArrayList<>();
    private final TokenCipher cipher = new TokenCipher(new byte[32], new SecureRandom());

    abstract TestBackend backend();

    @BeforeEach
    void create() {
        backend = backend();
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    /** One replica's handle on the shared database. */
    private Database replica() {
        Database db = backend.open();
        opened.add(db);
        return db;
    }

    private static Bot bot(String team, String token) {
        DefaultBot b = new DefaultBot();
        b.setTeamId(team);
        b.setBotUserId("U0BOT" + team);
        b.setBotScope("chat:write,commands");
        b.setBotAccessToken(token);
        b.setInstalledAt(T0.toEpochMilli());
        return b;
    }

    private static String storedColumn(Database db, String team) {
        return db.read("read the raw token column", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT bot_token_enc FROM slack_installations WHERE team_id = ?")) {
                p.setString(1, team);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    @Test
    void anInstallationIsFoundByAnotherReplicaAndItsTokenIsNeverStoredPlain() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        new SlackInstallationStore(replica(), cipher, clock).saveBot(bot("T0ONE", TOKEN));

        Database other = replica();
        assertEquals(TOKEN, new SlackInstallationStore(other, cipher, clock).findBot(null, "T0ONE").getBotAccessToken());
        String raw = storedColumn(other, "T0ONE");
        assertTrue(raw.startsWith("v1:"), raw);
        assertFalse(raw.contains(TOKEN) || raw.contains("plain-token"), "the column holds the sealed token only: " + raw);
    }

    @Test
    void aReinstallReplacesTheTokenAndRemovingForgetsIt() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        SlackInstallationStore store = new SlackInstallationStore(replica(), cipher, clock);
        store.saveBot(bot("T0TWO", TOKEN));
        store.saveBot(bot("T0TWO", "xoxb-second-token"));
        assertEquals("xoxb-second-token", store.findBot(null, "T0TWO").getBotAccessToken());

        assertTrue(store.remove("T0TWO"));
        assertNull(store.findBot(null, "T0TWO"));
        assertFalse(store.remove("T0TWO"), "nothing left to remove");
    }

    @Test
    void aStateIsUsedOnceAndAReplayOnAnotherReplicaIsRefused() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        SlackOAuthStates issuer = new SlackOAuthStates(replica(), clock);
        SlackOAuthStates finisher = new SlackOAuthStates(replica(), clock);
        issuer.addNewStateToDatastore("state-1");

        assertTrue(finisher.isAvailableInDatabase("state-1"), "a flow begun on one replica ends on another");
        finisher.deleteStateFromDatastore("state-1");
        assertFalse(issuer.isAvailableInDatabase("state-1"));
        IllegalStateException replay = assertThrows(IllegalStateException.class, () -> issuer.deleteStateFromDatastore("state-1"));
        assertEquals(OAuthPages.USED_STATE, replay.getMessage());
    }

    @Test
    void anExpiredStateIsRefused() {
        SlackOAuthStates issued = new SlackOAuthStates(replica(), Clock.fixed(T0, ZoneOffset.UTC));
        issued.addNewStateToDatastore("state-old");
        Instant later = T0.plusSeconds(issued.getExpirationInSeconds() + 1);
        SlackOAuthStates now = new SlackOAuthStates(replica(), Clock.fixed(later, ZoneOffset.UTC));

        assertFalse(now.isAvailableInDatabase("state-old"));
        assertThrows(IllegalStateException.class, () -> now.deleteStateFromDatastore("state-old"));
    }
}
