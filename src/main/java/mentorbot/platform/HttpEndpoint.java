package mentorbot.platform;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one HTTP server (embedded Jetty 12): {@code /healthz}, {@code /readyz} and {@code /metrics}
 * always (see {@link Probes}), and whatever a platform adds (Slack's events endpoint in HTTP mode). Started by the platform that needs a web endpoint,
 * else by the application for health checks alone.
 *
 * <p>It gives nothing away to a stranger: no server name or version in any header or error page,
 * error pages are one plain line, and methods other than GET, HEAD and POST (TRACE would echo the
 * request's headers back) get 405 before any servlet runs.
 */
public final class HttpEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);

    private final Server server;
    private final int port;

    private HttpEndpoint(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A server whose {@code /healthz} knows no platform: always 200. */
    public static HttpEndpoint start(String host, int port, Map<String, HttpServlet> servlets) {
        return start(host, port, servlets, Probes.of(Health.none()));
    }

    /**
     * @param servlets by path, served beside the probes; empty for a server of probes only
     * @param probes   what {@code /healthz} and {@code /readyz} answer, asked on every request, and more paths
     * @throws IllegalStateException with a message fit for the operator when the port cannot be opened
     */
    public static HttpEndpoint start(String host, int port, Map<String, HttpServlet> servlets, Probes probes) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        probes.servlets().forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
        context.addServlet(new ServletHolder(new HealthServlet(probes.health())), "/healthz");
        context.addServlet(new ServletHolder(new ReadyServlet(probes.readiness())), "/readyz");
        context.setErrorHandler(new PlainErrorPage());
        server.setHandler(new KnownMethodsOnly(context));
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failing
            }
            throw new IllegalStateException("cannot open the HTTP server on " + host + ":" + port
                    + " (MENTORBOT_HTTP_PORT): " + e.getMessage(), e);
        }
        return new HttpEndpoint(server, connector.getLocalPort());
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("HTTP server did not stop cleanly: {}", e.toString());
        }
    }

    /** A probe's answer: 200 or 503, never cached, its JSON body. */
    private static void probeAnswer(HttpServletResponse resp, boolean up, ObjectNode body) throws IOException {
        resp.setStatus(up ? 200 : 503);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("application/json");
        resp.getOutputStream().write(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code GET /healthz}: 200 while every platform is up, 503 when one failed for good or has been
     * reconnecting too long; the body names each platform's state, never why (that is in the log).
     */
    static final class HealthServlet extends HttpServlet {
        private final transient Supplier<Health.Report> health;

        HealthServlet(Supplier<Health.Report> health) {
            this.health = health;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Health.Report report = health.get();
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", report.healthy() ? "ok" : "unhealthy");
            ObjectNode platforms = body.putObject("platforms");
            report.platforms().forEach(platforms::put);
            probeAnswer(resp, report.healthy(), body);
        }
    }

    /**
     * {@code GET /readyz}: 200 once every check passes (knowledge loaded, store reachable, platforms connected),
     * else 503; the body names each check's state and which are not ready.
     */
    static final class ReadyServlet extends HttpServlet {
        private final transient Supplier<Readiness.Report> readiness;

        ReadyServlet(Supplier<Readiness.Report> readiness) {
            this.readiness = readiness;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Readiness.Report report = readiness.get();
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", report.ready() ? "ready" : "not ready");
            ObjectNode checks = body.putObject("checks");
            report.checks().forEach(checks::put);
            report.notReady().forEach(body.putArray("notReady")::add);
            probeAnswer(resp, report.ready(), body);
        }
    }

    /** Refuses every method the endpoints do not serve, before any servlet (or its TRACE echo) runs. */
    static final class KnownMethodsOnly extends Handler.Wrapper {
        private static final Set<String> SERVED = Set.of("GET", "HEAD", "POST");

        KnownMethodsOnly(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (SERVED.contains(request.getMethod())) {
                return super.handle(request, response, callback);
            }
            response.setStatus(405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, "method not allowed", callback);
            return true;
        }
    }

    /** Error pages as one line of plain text: the status and its reason, never a servlet, stack or version. */
    static final class PlainErrorPage extends ErrorHandler {
        @Override
        protected void generateAcceptableResponse(ServletContextRequest baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message)
                throws IOException {
            response.setContentType("text/plain; charset=utf-8");
            String reason = org.eclipse.jetty.http.HttpStatus.getMessage(code);
            response.getOutputStream().write((code + " " + reason).getBytes(StandardCharsets.UTF_8));
        }
    }
}
