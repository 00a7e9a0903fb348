package mentorbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.http.listener.HttpResponseListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mentorbot.config.Settings;
import mentorbot.mentor.Reply;
import mentorbot.tips.ChannelKey;
import mentorbot.tips.PostResult;
import mentorbot.tips.TipPace;
import mentorbot.tips.TipPoster;

/**
 * Posts daily tips with Slack's {@code chat.postMessage} (one request per call; retries belong to
 * the tips delivery). The text is escaped ({@code & < >}) and {@code link_names} is off, so a tip
 * can never ping a channel ({@code <!channel>}, {@code <!everyone>}) or a person.
 */
public final class SlackTipPoster implements TipPoster {

    /** Slack: 1 message/second per channel; about 5 per second in one workspace. */
    static final TipPace PACE = new TipPace(Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ZERO);

    /** Errors after which the channel cannot take posts: the subscription is paused. */
    static final Set<String> CHANNEL_GONE = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "channel_is_archived", "restricted_action", "restricted_action_read_only_channel", "team_access_not_granted",
            "ekm_access_denied", "access_denied");
    /** Errors that no retry will fix, but that are not about the channel (token, app config). */
    static final Set<String> PERMANENT = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "missing_scope", "no_permission", "invalid_arguments", "msg_too_long", "no_text",
            "invalid_blocks", "too_many_attachments");

    /** Why a tip cannot go to a workspace that has no installation (any more): its channels pause. */
    static final String NOT_INSTALLED = "Slack: mentor-bot is not installed in this workspace (any more); subscribe"
            + " again after installing it";

    private final WorkspaceClients clients;

    public SlackTipPoster(MethodsClient methods) {
        this(WorkspaceClients.single(methods));
    }

    /** Each channel's tip with its workspace's token. */
    SlackTipPoster(WorkspaceClients clients) {
        this.clients = clients;
    }

    /** A poster for the configured workspace: {@code slack.apiUrl} and the bot token. */
    public static SlackTipPoster create(Settings.Slack slack) {
        return create(slack, List.of());
    }

    /** @param listeners see every Web API answer (a revoked token fails the platform for good) */
    static SlackTipPoster create(Settings.Slack slack, List<HttpResponseListener> listeners) {
        return new SlackTipPoster(methods(slack, listeners));
    }

    /** A Web API client for the configured workspace, with bounded timeouts (tips and the mentoring loop). */
    static MethodsClient methods(Settings.Slack slack, List<HttpResponseListener> listeners) {
        return client(slack, listeners).methods(slack.botToken().value());
    }

    /** The Web API with bounded timeouts, for any token (tips and the mentoring loop). */
    static Slack client(Settings.Slack slack, List<HttpResponseListener> listeners) {
        SlackConfig config = new SlackConfig();
        String url = slack.apiUrl().endsWith("/") ? slack.apiUrl() : slack.apiUrl() + "/";
        config.setMethodsEndpointUrlPrefix(url);
        config.setStatsEnabled(false);
        config.setHttpClientReadTimeoutMillis(10_000);
        config.setHttpClientWriteTimeoutMillis(10_000);
        config.setHttpClientCallTimeoutMillis(15_000);
        List<HttpResponseListener> all = new ArrayList<>(config.getHttpClientResponseHandlers());
        all.addAll(listeners);
        config.setHttpClientResponseHandlers(all);
        return Slack.getInstance(config);
    }

    @Override
    public TipPace pace() {
        return PACE;
    }

    @Override
    public PostResult post(ChannelKey channel, Reply reply) {
        MethodsClient methods;
        try {
            methods = clients.forTeam(channel.teamId()).orElse(null);
        } catch (RuntimeException e) { // the installation store failed: another tick may find it working
            return new PostResult.Transient("Slack: cannot read the workspace's installation: " + e.getMessage());
        }
        if (methods == null) {
            return new PostResult.Permanent(NOT_INSTALLED, true);
        }
        ChatPostMessageResponse response;
        // The same Block Kit rendering as every answer, with its escaped plain text for notifications.
        BlockKitRenderer.Rendered rendered = BlockKitRenderer.render(reply, null);
        try {
            response = methods.chatPostMessage(r -> r
                    .channel(channel.channelId())
                    .text(rendered.text())
                    .blocks(rendered.blocks())
                    .mrkdwn(true)
                    .linkNames(false)
                    .unfurlLinks(false)
                    .unfurlMedia(false));
        } catch (SlackApiException e) {
            return fromHttpError(e);
        } catch (IOException e) {
            return new PostResult.Transient("Slack: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new PostResult.Transient("Slack: " + e);
        }
        if (response.isOk()) {
            return PostResult.ok(response.getTs());
        }
        return fromErrorCode(response.getError(), null);
    }

    private static PostResult fromHttpError(SlackApiException e) {
        int status = e.getResponse() == null ? 0 : e.getResponse().code();
        String error = e.getError() == null ? null : e.getError().getError();
        if (status == 429 || "ratelimited".equals(error)) {
            return new PostResult.RetryAfter(retryAfter(e.getResponse() == null ? null : e.getResponse().header("Retry-After")),
                    "Slack: HTTP 429");
        }
        if (status >= 500 || status == 408) {
            return new PostResult.Transient("Slack: HTTP " + status);
        }
        if (error != null) {
            return fromErrorCode(error, status);
        }
        return new PostResult.Permanent("Slack: HTTP " + status, false);
    }

    private static PostResult fromErrorCode(String error, Integer status) {
        String reason = "Slack: " + error + (status == null ? "" : " (HTTP " + status + ")");
        if (error == null) {
            return new PostResult.Transient("Slack: an error without a code");
        }
        if (CHANNEL_GONE.contains(error)) {
            return new PostResult.Permanent(reason, true);
        }
        if (PERMANENT.contains(error)) {
            return new PostResult.Permanent(reason, false);
        }
        if (error.equals("ratelimited")) {
            return new PostResult.RetryAfter(Duration.ofSeconds(1), reason);
        }
        // internal_error, fatal_error, service_unavailable, request_timeout and anything unknown
        return new PostResult.Transient(reason);
    }

    static Duration retryAfter(String header) {
        if (header != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        return Duration.ofSeconds(1);
    }
}
