package mentorbot.platform.slack;

import com.slack.api.app_backend.SlackSignature;
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
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import mentorbot.platform.ClientErrorLog;

/**
 * Slack's events endpoint ({@code POST /slack/events}) in front of Bolt. Everything anyone can send
 * is settled here before Bolt sees it: other methods get 405, bodies over {@link #MAX_BODY} get 413
 * without being read into memory, the signature is checked on the raw bytes first (401), and a
 * signed body that is not UTF-8 or that Bolt cannot make sense of gets 400. Responses never name an
 * exception or the server; bad requests are logged as one short, rate-limited line.
 */
final class SlackEventsServlet extends HttpServlet {

    /** Slack's requests are a few KB; a megabyte leaves room for the largest view submission. */
    static final int MAX_BODY = 1 << 20;

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient SlackSignatureCheck signatures;
    private final transient ClientErrorLog badRequests;

    SlackEventsServlet(App app, SlackSignatureCheck signatures, ClientErrorLog badRequests) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signatures;
        this.badRequests = badRequests;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            plain(resp, 405, "method not allowed");
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > MAX_BODY) {
            tooLarge(resp, declared);
            return;
        }
        byte[] body;
        try {
            body = read(req.getInputStream(), declared);
        } catch (IOException e) { // the client stopped sending, or went away
            badRequests.warn("Slack endpoint: request body not received", e.getClass().getSimpleName());
            plain(resp, 408, "request body not received");
            return;
        }
        if (body == null) {
            tooLarge(resp, -1);
            return;
        }
        if (!signatures.accepts(req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE), body)) {
            badRequests.warn("Slack endpoint: signature missing, wrong or outside five minutes of now",
                    "from " + req.getRemoteAddr());
            plain(resp, 401, "invalid signature");
            return;
        }
        String text = utf8(body);
        if (text == null) {
            badRequests.warn("Slack endpoint: signed body is not UTF-8", "from " + req.getRemoteAddr());
            plain(resp, 400, "bad request");
            return;
        }
        Response answer;
        try {
            Request<?> slackRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(req.getRequestURI())
                    .queryString(QueryStringParser.toMap(req.getQueryString()))
                    .headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(req)))
                    .requestBody(text)
                    .remoteAddress(req.getRemoteAddr())
                    .build());
            answer = slackRequest == null ? null : app.run(slackRequest);
        } catch (Exception e) { // Bolt's parsers and request types throw on well-signed nonsense
            badRequests.warn("Slack endpoint: cannot read signed request (" + e.getClass().getSimpleName() + ")", text);
            plain(resp, 400, "bad request");
            return;
        }
        if (answer == null) {
            badRequests.warn("Slack endpoint: signed request of no known kind", text);
            plain(resp, 400, "bad request");
            return;
        }
        write(resp, answer);
    }

    /** Bolt's answer as UTF-8 bytes with their length: one write, no character writer per response. */
    static void write(HttpServletResponse resp, Response answer) throws IOException {
        resp.setStatus(answer.getStatusCode());
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> resp.addHeader(name, v)));
        }
        if (answer.getContentType() != null) {
            resp.setContentType(answer.getContentType());
        }
        if (answer.getBody() != null) {
            byte[] body = answer.getBody().getBytes(StandardCharsets.UTF_8);
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    private void tooLarge(HttpServletResponse resp, long declared) throws IOException {
        badRequests.warn("Slack endpoint: body over " + MAX_BODY + " bytes refused",
                declared < 0 ? "(no length given)" : declared + " bytes declared");
        resp.setHeader("Connection", "close"); // the rest of the body is not worth reading
        plain(resp, 413, "request too large");
    }

    /**
     * The whole body, or null when it is longer than {@link #MAX_BODY} (or than declared); never
     * holds more than the limit. {@code declared} is the Content-Length (at most the limit), or -1.
     */
    static byte[] read(InputStream in, long declared) throws IOException {
        byte[] buf = new byte[declared >= 0 ? (int) declared : 8192];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (declared >= 0 || n >= MAX_BODY) {
                    return in.read() < 0 ? buf : null; // full: the body must end here
                }
                buf = Arrays.copyOf(buf, Math.min(MAX_BODY, n * 2));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return n == buf.length ? buf : Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }

    /** Strict UTF-8: malformed bytes are an error, never silently replaced. */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
