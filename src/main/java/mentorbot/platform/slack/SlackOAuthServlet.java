package mentorbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mentorbot.platform.ClientErrorLog;

/**
 * The OAuth pages in front of Bolt: {@code GET /slack/install} (a page with the "Add to Slack" link, its {@code state}
 * in a cookie and in the database) and {@code GET /slack/oauth_redirect} (Slack sends the browser back here with a
 * code and the state). Bolt's {@code OAuthStateService} and {@code InstallationService} do the work; anything else
 * than GET gets 405, a redirect without a query string 400, and no answer names an exception.
 */
final class SlackOAuthServlet extends HttpServlet {

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient ClientErrorLog badRequests;

    SlackOAuthServlet(App app, ClientErrorLog badRequests) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.badRequests = badRequests;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"GET".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET");
            plain(resp, 405, "method not allowed");
            return;
        }
        Response answer;
        try {
            Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(req.getRequestURI())
                    .queryString(QueryStringParser.toMap(req.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
                    .requestBody("")
                    .remoteAddress(req.getRemoteAddr())
                    .build());
            answer = slackRequest == null ? null : app.run(slackRequest);
        } catch (Exception e) {
            badRequests.warn("Slack OAuth: cannot handle " + req.getRequestURI(), e.getClass().getSimpleName());
            plain(resp, 500, "the installation failed; try again from /slack/install");
            return;
        }
        if (answer == null) { // the redirect without a query string: nothing Slack sent
            badRequests.warn("Slack OAuth: " + req.getRequestURI() + " without a code or state", "from " + req.getRemoteAddr());
            plain(resp, 400, "this page is reached from Slack's installation; start at /slack/install");
            return;
        }
        resp.setHeader("Cache-Control", "no-store"); // a state or a result page is for this browser, once
        SlackEventsServlet.write(resp, answer);
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
