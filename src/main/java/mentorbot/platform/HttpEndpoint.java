package mentorbot.platform;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one HTTP server (embedded Jetty 12): {@code /healthz} always, and whatever a platform
 * adds (Slack's events endpoint in HTTP mode). Started by the platform that needs a web endpoint,
 * else by the application for health checks alone.
 */
public final class HttpEndpoint implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpEndpoint.class);

    private final Server server;
    private final int port;

    private HttpEndpoint(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * @param servlets by path, served beside {@code /healthz}; empty for a health-only server
     * @throws IllegalStateException with a message fit for the operator when the port cannot be opened
     */
    public static HttpEndpoint start(String host, int port, Map<String, HttpServlet> servlets) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        servlets.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
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
