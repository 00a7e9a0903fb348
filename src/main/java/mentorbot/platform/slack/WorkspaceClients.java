package mentorbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/**
 * The Web API client that speaks for one workspace, with that workspace's bot token: the one configured token
 * ({@code SLACK_BOT_TOKEN}), or with OAuth the token the workspace's installation holds. Every post that is not the
 * acknowledgement of a request (answers to events, daily tips, mentor cards, plan nudges, the Home tab) goes through it.
 */
@FunctionalInterface
interface WorkspaceClients {

    /** The client for {@code teamId}; empty when the bot is not installed there (any more). */
    Optional<MethodsClient> forTeam(String teamId);

    /** One workspace, one token: every team gets the same client. */
    static WorkspaceClients single(MethodsClient methods) {
        return teamId -> Optional.of(methods);
    }

    /**
     * Each team with its installation's token, read at each call: an uninstall or a new installation counts at once.
     * A client is only a token and the shared HTTP client, so building one per call costs nothing worth caching.
     */
    static WorkspaceClients installed(SlackInstallationStore installations, Slack slack) {
        return teamId -> installations.find(teamId).map(row -> slack.methods(row.token()));
    }
}
