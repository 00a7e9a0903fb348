package mentorbot.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mentorbot.Core;
import mentorbot.config.Secret;
import mentorbot.config.Settings;
import mentorbot.platform.slack.SlackPlatform;
import org.HdrHistogram.Histogram;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Slack endpoint load test (issue #7, item 2), loopback only, bounded in time.
 *
 * <p>Starts, in this JVM, (a) the real {@link SlackPlatform} in HTTP mode on 127.0.0.1, port 0,
 * over the real core, against a loopback fake of the Slack Web API that answers {@code auth.test};
 * and (b) the floor: a minimal Bolt {@link App} on the same Jetty 12 + {@link SlackAppServlet} set-up
 * as {@code HttpEndpoint}, whose handlers for the same six commands ack a constant string.
 * Both get the same pre-signed slash-command requests (fresh timestamps, signed with
 * {@link SlackSignature.Generator} before each phase) at a fixed number of keep-alive HTTP/1.1
 * connections (raw sockets, one thread each, closed loop), for a fixed time after a warm-up;
 * measured rounds alternate floor / ours so drift on a shared machine hits both.
 *
 * <p>Requests: 1,000 users × the six commands of issue #7 (/role mlops, /roadmap, /interview kpis,
 * /salary senior, /tip, /mentor help), cycled; the core runs with the per-user rate limit lifted
 * (a load generator with 1,000 users would otherwise measure the "one moment" reply).
 *
 * <p>Arguments: {@code connections seconds rounds warmupSeconds} (default 16 10 2 5).
 */
public final class SlackLoad {

    static final String SECRET = "bench-signing-secret";
    static final int USERS = 1_000;

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        HttpServer fakeApi = fakeWebApi();
        String apiUrl = "http://127.0.0.1:" + fakeApi.getAddress().getPort() + "/api/";
        AtomicLong lateAnswers = new AtomicLong();
        fakeApi.createContext("/respond/", ex -> {
            lateAnswers.incrementAndGet();
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        String responseUrl = "http://127.0.0.1:" + fakeApi.getAddress().getPort() + "/respond/x";

        Settings base = BenchCores.relaxedRateLimit(BenchCores.defaults());
        Settings settings = new Settings(base.knowledge(), base.cache(), base.context(), base.rateLimit(),
                base.input(), new Settings.Http(0),
                new Settings.Slack("http", apiUrl, List.of(), new Secret("xoxb-bench"), new Secret(SECRET),
                        new Secret(null)),
                base.discord(), base.tips(), base.dataDir());
        Core core = BenchCores.core(settings);
        SlackPlatform ours = SlackPlatform.builder(settings, core.handler(), core.commands())
                .bindHost("127.0.0.1").start();
        Floor floor = Floor.start(apiUrl);
        System.out.printf(Locale.ROOT, "ours on 127.0.0.1:%d, floor on 127.0.0.1:%d; %d connections, %d s x %d rounds"
                + " each after %d s warm-up; %d cores%n", ours.httpPort(), floor.port, connections, seconds, rounds,
                warmup, Runtime.getRuntime().availableProcessors());
        try {
            check("ours", ours.httpPort(), responseUrl, "\"blocks\"");
            check("floor", floor.port, responseUrl, "floor-ack");
            run("ours warm-up", ours.httpPort(), responseUrl, connections, warmup);
            run("floor warm-up", floor.port, responseUrl, connections, warmup);
            List<Result> floorResults = new ArrayList<>();
            List<Result> ourResults = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                floorResults.add(run("floor round " + r, floor.port, responseUrl, connections, seconds));
                ourResults.add(run("ours  round " + r, ours.httpPort(), responseUrl, connections, seconds));
            }
            Result f = Result.merge("floor total", floorResults);
            Result o = Result.merge("ours  total", ourResults);
            System.out.println(f);
            System.out.println(o);
            System.out.printf(Locale.ROOT, "RATIO throughput ours/floor = %.3f (target >= 0.8); p99 ours/floor = %.2f"
                            + " (target <= 1.2); p50 ours/floor = %.2f; answers sent late via response_url: %d%n",
                    o.rps() / f.rps(), (double) o.hist.getValueAtPercentile(99) / f.hist.getValueAtPercentile(99),
                    (double) o.hist.getValueAtPercentile(50) / f.hist.getValueAtPercentile(50), lateAnswers.get());
        } finally {
            ours.close();
            floor.close();
            fakeApi.stop(0);
            ((java.util.concurrent.ExecutorService) fakeApi.getExecutor()).shutdownNow();
        }
    }

    // ------------------------------------------------------------------ load

    record Result(String name, long requests, long errors, double seconds, Histogram hist) {
        double rps() {
            return requests / seconds;
        }

        static Result merge(String name, List<Result> parts) {
            Histogram h = new Histogram(60_000_000_000L, 3);
            long n = 0;
            long e = 0;
            double s = 0;
            for (Result p : parts) {
                h.add(p.hist);
                n += p.requests;
                e += p.errors;
                s += p.seconds;
            }
            return new Result(name, n, e, s, h);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-16s %8d req  %8.0f req/s  p50 %7.3f ms  p99 %7.3f ms  p999 %7.3f ms"
                            + "  max %7.1f ms  errors %d", name, requests, rps(), ms(50), ms(99), ms(99.9),
                    hist.getMaxValue() / 1e6, errors);
        }

        private double ms(double p) {
            return hist.getValueAtPercentile(p) / 1e6;
        }
    }

    /** Pre-signs the request pool with the current time (Slack accepts 5 minutes of skew). */
    static byte[][] signedPool(int port, String responseUrl) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        SlackSignature.Generator gen = new SlackSignature.Generator(SECRET);
        byte[][] pool = new byte[USERS * BenchCores.COMMANDS.length][];
        for (int i = 0; i < pool.length; i++) {
            String[] c = BenchCores.COMMANDS[i % BenchCores.COMMANDS.length];
            String user = "U" + (i / BenchCores.COMMANDS.length);
            String body = "token=unused&team_id=T1&team_domain=bench&channel_id=C1&channel_name=general"
                    + "&user_id=" + user + "&user_name=" + user + "&command=" + enc("/" + c[0]) + "&text=" + enc(c[1])
                    + "&api_app_id=A1&response_url=" + enc(responseUrl) + "&trigger_id=1.2.3";
            byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
            String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + bodyBytes.length + "\r\n"
                    + SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP + ": " + ts + "\r\n"
                    + SlackSignature.HeaderNames.X_SLACK_SIGNATURE + ": " + gen.generate(ts, body) + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            byte[] all = new byte[headBytes.length + bodyBytes.length];
            System.arraycopy(headBytes, 0, all, 0, headBytes.length);
            System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
            pool[i] = all;
        }
        return pool;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void check(String name, int port, String responseUrl, String mustContain) throws IOException {
        byte[][] pool = signedPool(port, responseUrl);
        List<Integer> sizes = new ArrayList<>();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
            for (int i = 0; i < BenchCores.COMMANDS.length; i++) {
                s.getOutputStream().write(pool[i]);
                Response r = read(in);
                sizes.add(r.body.getBytes(StandardCharsets.UTF_8).length);
                if (r.status != 200 || !r.body.contains(mustContain)) {
                    throw new IllegalStateException(name + ": unexpected answer to /" + BenchCores.COMMANDS[i][0]
                            + ": " + r.status + " " + r.body.substring(0, Math.min(300, r.body.length())));
                }
            }
        }
        System.out.println(name + ": the six commands answer 200 with " + mustContain + "; body sizes " + sizes);
    }

    static Result run(String name, int port, String responseUrl, int connections, int seconds) throws Exception {
        byte[][] pool = signedPool(port, responseUrl);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        Histogram[] hists = new Histogram[connections];
        long[] counts = new long[connections];
        long[] errors = new long[connections];
        for (int c = 0; c < connections; c++) {
            int id = c;
            hists[c] = new Histogram(60_000_000_000L, 3);
            Thread t = new Thread(() -> {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setTcpNoDelay(true);
                    OutputStream out = s.getOutputStream();
                    InputStream in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        byte[] req = pool[Math.floorMod(next.getAndIncrement(), pool.length)];
                        out.write(req);
                        Response r = read(in);
                        long took = System.nanoTime() - now;
                        hists[id].recordValue(Math.min(took, 60_000_000_000L));
                        counts[id]++;
                        if (r.status != 200) {
                            errors[id]++;
                        }
                    }
                } catch (IOException e) {
                    errors[id]++;
                    System.err.println(name + " connection " + id + ": " + e);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double took = (System.nanoTime() - start) / 1e9;
        Histogram h = new Histogram(60_000_000_000L, 3);
        long n = 0;
        long e = 0;
        for (int c = 0; c < connections; c++) {
            h.add(hists[c]);
            n += counts[c];
            e += errors[c];
        }
        Result r = new Result(name, n, e, took, h);
        System.out.println(r);
        return r;
    }

    record Response(int status, String body) {
    }

    /** Reads one HTTP/1.1 response: Content-Length or chunked body. */
    static Response read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = -1;
        boolean chunked = false;
        String h;
        while (!(h = line(in)).isEmpty()) {
            int colon = h.indexOf(':');
            String k = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String v = h.substring(colon + 1).trim();
            if (k.equals("content-length")) {
                length = Integer.parseInt(v);
            } else if (k.equals("transfer-encoding") && v.toLowerCase(Locale.ROOT).contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body;
        if (chunked) {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            while (true) {
                String size = line(in);
                int semi = size.indexOf(';');
                int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
                if (n == 0) {
                    while (!line(in).isEmpty()) {
                        // trailers
                    }
                    break;
                }
                buf.write(in.readNBytes(n));
                line(in);
            }
            body = buf.toByteArray();
        } else {
            body = length <= 0 ? new byte[0] : in.readNBytes(length);
        }
        return new Response(code, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            sb.append((char) b);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    // ------------------------------------------------------------------ fake Web API and floor

    static HttpServer fakeWebApi() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", ex -> {
            ex.getRequestBody().readAllBytes();
            String path = ex.getRequestURI().getPath();
            String answer = path.equals("/api/auth.test")
                    ? "{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\",\"user\":\"mentorbot\","
                    + "\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}"
                    : "{\"ok\":false,\"error\":\"unknown_method\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, bytes.length);
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }

    /** A minimal Bolt app, served exactly as {@code HttpEndpoint} serves ours. */
    static final class Floor implements AutoCloseable {
        final Server server;
        final App app;
        final Slack slack;
        final int port;

        private Floor(Server server, App app, Slack slack, int port) {
            this.server = server;
            this.app = app;
            this.slack = slack;
            this.port = port;
        }

        static Floor start(String apiUrl) throws Exception {
            SlackConfig config = new SlackConfig();
            config.setMethodsEndpointUrlPrefix(apiUrl);
            config.setStatsEnabled(false);
            Slack slack = Slack.getInstance(config);
            App app = new App(AppConfig.builder()
                    .slack(slack)
                    .singleTeamBotToken("xoxb-bench")
                    .signingSecret(SECRET)
                    .requestVerificationEnabled(true)
                    .build());
            for (String[] c : BenchCores.COMMANDS) {
                app.command("/" + c[0], (req, ctx) -> ctx.ack("floor-ack"));
            }
            app.start();
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            server.addConnector(connector);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
            server.setHandler(context);
            server.setStopTimeout(5_000);
            server.start();
            return new Floor(server, app, slack, connector.getLocalPort());
        }

        @Override
        public void close() throws Exception {
            server.stop();
            app.stop();
            slack.close();
        }
    }
}
