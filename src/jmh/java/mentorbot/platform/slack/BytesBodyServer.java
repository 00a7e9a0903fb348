package mentorbot.platform.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.RequestHandler;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Experiment, not the product: our exact Bolt app (the same {@link SlackHandlers} that
 * {@link SlackPlatform} registers, same worker pool and ack budget) on the same Jetty set-up, but
 * behind a servlet that writes Bolt's response body as UTF-8 bytes with a Content-Length instead
 * of through {@code getWriter().write(String)} as Bolt's {@code SlackAppServlet} does. Shows how
 * much of the gap to the floor is Jetty 12's character writer. In this package because
 * {@code SlackHandlers} is package-private.
 */
public final class BytesBodyServer implements AutoCloseable {
    private final Server server;
    private final App app;
    private final SlackHandlers handlers;
    private final Slack slack;
    private final int port;

    private BytesBodyServer(Server server, App app, SlackHandlers handlers, Slack slack, int port) {
        this.server = server;
        this.app = app;
        this.handlers = handlers;
        this.slack = slack;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public static BytesBodyServer start(String apiUrl, String signingSecret, RequestHandler handler,
                                        List<CommandSpec> commands) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        config.setStatsEnabled(false);
        Slack slack = Slack.getInstance(config);
        AppConfig appConfig = AppConfig.builder().slack(slack).singleTeamBotToken("xoxb-bench")
                .signingSecret(signingSecret).requestVerificationEnabled(true).build();
        App app = new App(appConfig);
        SlackHandlers handlers = new SlackHandlers(handler, commands, slack.methods("xoxb-bench"), slack, "UBOT",
                "BBOT", Duration.ofSeconds(2), 8, 256, List.of());
        handlers.register(app);
        app.start();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(new BytesServlet(app, new SlackAppServletAdapter(appConfig))),
                "/slack/events");
        server.setHandler(context);
        server.setStopTimeout(5_000);
        server.start();
        return new BytesBodyServer(server, app, handlers, slack, connector.getLocalPort());
    }

    static final class BytesServlet extends HttpServlet {
        private final transient App app;
        private final transient SlackAppServletAdapter adapter;

        BytesServlet(App app, SlackAppServletAdapter adapter) {
            this.app = app;
            this.adapter = adapter;
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Request<?> slackRequest = adapter.buildSlackRequest(req);
            if (slackRequest == null) {
                resp.setStatus(400);
                return;
            }
            Response r;
            try {
                r = app.run(slackRequest);
            } catch (Exception e) {
                resp.setStatus(500);
                return;
            }
            resp.setStatus(r.getStatusCode());
            for (Map.Entry<String, List<String>> h : r.getHeaders().entrySet()) {
                for (String v : h.getValue()) {
                    resp.addHeader(h.getKey(), v);
                }
            }
            if (r.getContentType() != null) {
                resp.setHeader("Content-Type", r.getContentType());
            }
            if (r.getBody() != null) {
                byte[] body = r.getBody().getBytes(StandardCharsets.UTF_8);
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
            }
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
        handlers.close();
        app.stop();
        slack.close();
    }
}
