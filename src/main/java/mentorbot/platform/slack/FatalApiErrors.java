package mentorbot.platform.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.http.listener.HttpResponseListener;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import mentorbot.platform.ConnectionState;

/**
 * Watches every Slack Web API answer (replies, DMs, daily tips, Socket Mode reconnects) for the
 * errors that mean a token is dead: the app was uninstalled, the token revoked or the workspace
 * deactivated. No retry can help, so Slack fails for good. Installed on each {@code SlackConfig}.
 */
final class FatalApiErrors extends HttpResponseListener {

    /** Errors after which the token never works again. */
    static final Set<String> FATAL = Set.of("invalid_auth", "account_inactive", "token_revoked");

    private final ConnectionState connection;
    private final ObjectMapper json = new ObjectMapper();

    FatalApiErrors(ConnectionState connection) {
        this.connection = connection;
    }

    @Override
    public void accept(State state) {
        String body = state.getParsedResponseBody();
        // Cheap look first: nearly every answer is {"ok":true,…}; only a candidate is parsed.
        if (body == null || FATAL.stream().noneMatch(body::contains) || state.getResponse() == null) {
            return;
        }
        String url = state.getResponse().request().url().toString();
        String prefix = state.getConfig().getMethodsEndpointUrlPrefix();
        if (prefix == null || !url.startsWith(prefix)) {
            return; // a response_url answers in its own terms, not the Web API's
        }
        String error;
        try {
            JsonNode answer = json.readTree(body);
            error = answer.path("ok").asBoolean(true) ? null : answer.path("error").asText(null);
        } catch (IOException e) {
            return;
        }
        if (error != null && FATAL.contains(error)) {
            List<String> path = state.getResponse().request().url().pathSegments();
            String method = path.isEmpty() ? "?" : path.get(path.size() - 1);
            connection.failed(reason(error, method));
        }
    }

    static String reason(String error, String method) {
        String token = method.equals("apps.connections.open") ? "SLACK_APP_TOKEN" : "SLACK_BOT_TOKEN";
        return "Slack answered " + error + " to " + method + ": " + token
                + " no longer works (app uninstalled, token revoked or workspace deactivated); install the app again"
                + " and set the new token";
    }
}
