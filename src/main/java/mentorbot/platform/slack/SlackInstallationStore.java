package mentorbot.platform.slack;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import mentorbot.store.Database;
import mentorbot.store.TokenCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link InstallationService} in the bot's database (table {@code slack_installations}): one row per workspace,
 * its latest installation, the bot token encrypted with {@link TokenCipher} under the row's team id. Bolt's
 * authorization reads it for every incoming request; the tips poster and the mentoring port read it for posts that
 * answer no request. Installer (user) tokens are not kept: the app asks for bot scopes only.
 */
final class SlackInstallationStore implements InstallationService {

    private static final Logger log = LoggerFactory.getLogger(SlackInstallationStore.class);
    private static final String COLUMNS = "team_id, enterprise_id, team_name, app_id, bot_id, bot_user_id, bot_scopes, "
            + "bot_token_enc, installer_user_id, installed_at";

    private final Database db;
    private final TokenCipher cipher;
    private final Clock clock;

    SlackInstallationStore(Database db, TokenCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    /** Only the latest installation of a workspace is kept; there is no history to turn on. */
    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        if (enabled) {
            throw new UnsupportedOperationException("the installation store keeps the latest installation only");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        save(installer.getTeamId(), installer.getEnterpriseId(),
                installer instanceof DefaultInstaller d ? d.getTeamName() : null, installer.getAppId(),
                installer.getBotId(), installer.getBotUserId(), installer.getBotScope(), installer.getBotAccessToken(),
                installer.getInstallerUserId(), installer.getInstalledAt());
    }

    @Override
    public void saveBot(Bot bot) {
        save(bot.getTeamId(), bot.getEnterpriseId(), bot instanceof DefaultBot d ? d.getTeamName() : null, bot.getAppId(), bot.getBotId(), bot.getBotUserId(),
                bot.getBotScope(), bot.getBotAccessToken(), null, bot.getInstalledAt());
    }

    private void save(String teamId, String enterpriseId, String teamName, String appId, String botId, String botUserId,
                      String scopes, String token, String installerUserId, Long installedAt) {
        if (teamId == null || teamId.isBlank()) {
            // An org-wide Enterprise Grid installation has no team; the app is installed per workspace (org_deploy off).
            throw new IllegalArgumentException("org-wide installations are not supported: install it in a workspace");
        }
        if (token == null || botUserId == null) {
            throw new IllegalArgumentException("Slack granted no bot token: the app needs its bot scopes");
        }
        long now = clock.millis();
        String sealed = cipher.encrypt(token, rowId(teamId));
        db.write("save the Slack installation of " + teamId, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO slack_installations (" + COLUMNS + ", updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id) DO UPDATE SET "
                    + "enterprise_id = excluded.enterprise_id, team_name = excluded.team_name, app_id = excluded.app_id, "
                    + "bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes, "
                    + "bot_token_enc = excluded.bot_token_enc, installer_user_id = excluded.installer_user_id, "
                    + "installed_at = excluded.installed_at, updated_at = excluded.updated_at")) {
                p.setString(1, teamId);
                p.setString(2, enterpriseId == null ? "" : enterpriseId);
                p.setString(3, teamName);
                p.setString(4, appId);
                p.setString(5, botId);
                p.setString(6, botUserId);
                p.setString(7, scopes);
                p.setString(8, sealed);
                p.setString(9, installerUserId);
                p.setLong(10, installedAt == null ? now : installedAt);
                p.setLong(11, now);
                return p.executeUpdate();
            }
        });
        log.info("Slack: installed in team {}", teamId);
    }

    @Override
    public void deleteBot(Bot bot) {
        remove(bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        remove(installer.getTeamId());
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        remove(teamId);
    }

    /** Forgets the workspace's installation and its token; false when there was none. */
    boolean remove(String teamId) {
        if (teamId == null) {
            return false;
        }
        return db.write("delete the Slack installation of " + teamId, c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM slack_installations WHERE team_id = ?")) {
                p.setString(1, teamId);
                return p.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return find(teamId).map(Row::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return find(teamId).map(Row::installer).orElse(null);
    }

    /** The workspace's installation with its token decrypted; empty when the bot is not installed there. */
    Optional<Row> find(String teamId) {
        if (teamId == null) {
            return Optional.empty();
        }
        Optional<Row> row = db.read("read the Slack installation of " + teamId, c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM slack_installations WHERE team_id = ?")) {
                p.setString(1, teamId);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Row>empty();
                    }
                    return Optional.of(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getLong(10)));
                }
            }
        });
        return row.flatMap(this::decrypted);
    }

    private Optional<Row> decrypted(Row sealed) {
        try {
            return Optional.of(sealed.withToken(cipher.decrypt(sealed.token(), rowId(sealed.teamId()))));
        } catch (IllegalArgumentException e) {
            log.error("Slack: the bot token of team {} {}; the workspace must install the app again", sealed.teamId(),
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** What the token is sealed to: the row it belongs to. */
    private static String rowId(String teamId) {
        return "slack_installations|" + teamId;
    }

    /** One workspace's installation; {@code token} is the plain bot token once read through {@link #find}. */
    record Row(String teamId, String enterpriseId, String teamName, String appId, String botId, String botUserId,
               String scopes, String token, String installerUserId, long installedAt) {

        Row withToken(String plain) {
            return new Row(teamId, enterpriseId, teamName, appId, botId, botUserId, scopes, plain, installerUserId,
                    installedAt);
        }

        Bot bot() {
            DefaultBot b = new DefaultBot();
            b.setTeamId(teamId);
            b.setEnterpriseId(enterpriseId.isEmpty() ? null : enterpriseId);
            b.setTeamName(teamName);
            b.setAppId(appId);
            b.setBotId(botId);
            b.setBotUserId(botUserId);
            b.setBotScope(scopes);
            b.setScope(scopes);
            b.setBotAccessToken(token);
            b.setIsEnterpriseInstall(false);
            b.setInstalledAt(installedAt);
            return b;
        }

        Installer installer() {
            return DefaultInstaller.builder().teamId(teamId).enterpriseId(enterpriseId.isEmpty() ? null : enterpriseId)
                    .teamName(teamName).appId(appId).botId(botId).botUserId(botUserId).botScope(scopes).scope(scopes)
                    .botAccessToken(token).installerUserId(installerUserId).isEnterpriseInstall(false)
                    .installedAt(installedAt).build();
        }

        /** Never the token. */
        @Override
        public String toString() {
            return "Row[team " + teamId + ", bot user " + botUserId + "]";
        }
    }
}
