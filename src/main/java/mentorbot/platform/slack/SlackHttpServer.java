package mentorbot.platform.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Embedded Jetty 12: Bolt's servlet at {@code /slack/events} (HTTP mode) and {@code /healthz}. */
final class SlackHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

    private final Server server;
    private final int port;

    private SlackHttpServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param app null for a server with {@code /healthz} only (Socket Mode with a port configured)
     */
    static SlackHttpServer start(App app, String host, int port) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        if (app != null) {
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        }
        context.addServlet(new ServletHolder(new HealthServlet()), "/healthz");
        server.setHandler(context);
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // already failing
            }
            throw new SlackStartException("cannot open the HTTP server on " + host + ":" + port
                    + " (MENTORBOT_HTTP_PORT): " + e.getMessage(), e);
        }
        return new SlackHttpServer(server, connector.getLocalPort());
    }

    int port() {
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

    /** {@code GET /healthz}: 200 "ok" while the process serves requests. */
    static final class HealthServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(200);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write("ok".getBytes(StandardCharsets.UTF_8));
        }
    }
}
