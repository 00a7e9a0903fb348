package mentorbot.platform.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace that removes the bot ({@code app_uninstalled}) or revokes its bot token ({@code tokens_revoked}):
 * its installation and token are deleted and {@link WorkspaceRemoved} is told (its daily tips pause, with the
 * reason). Each event is handled once, however often Slack delivers it.
 */
final class Uninstalls {

    private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

    static final String UNINSTALLED = "mentor-bot was uninstalled from this Slack workspace";
    static final String REVOKED = "this Slack workspace revoked mentor-bot's token";

    /** Told once a workspace's installation is gone. */
    @FunctionalInterface
    interface WorkspaceRemoved {
        void removed(String teamId, String reason);

        WorkspaceRemoved NONE = (teamId, reason) -> { };
    }

    private final SlackInstallationStore installations;
    private final WorkspaceRemoved removed;
    private final SeenEvents seen;

    Uninstalls(SlackInstallationStore installations, WorkspaceRemoved removed, SeenEvents seen) {
        this.installations = installations;
        this.removed = removed;
        this.seen = seen;
    }

    void register(App app) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> remove(payload, ctx, UNINSTALLED));
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent() == null ? null : payload.getEvent().getTokens();
            List<String> bots = tokens == null || tokens.getBot() == null ? List.of() : tokens.getBot();
            if (bots.isEmpty()) {
                return ctx.ack(); // only user tokens, which the bot never keeps
            }
            return remove(payload, ctx, REVOKED);
        });
    }

    private Response remove(EventsApiPayload<?> payload, EventContext ctx, String reason) {
        String teamId = payload.getTeamId();
        if (teamId == null || seen.first(payload.getEventId(), ctx.getRetryNum(), null, null).isEmpty()) {
            return ctx.ack();
        }
        boolean had = installations.remove(teamId);
        removed.removed(teamId, reason);
        log.warn("Slack: {} ({}): its installation {} and its daily tips are paused", reason, teamId,
                had ? "was deleted" : "was already gone");
        return ctx.ack();
    }
}
