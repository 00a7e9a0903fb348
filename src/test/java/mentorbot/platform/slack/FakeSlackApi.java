package mentorbot.platform.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback fake of the Slack Web API (JDK HTTP server): answers {@code auth.test} and
 * {@code apps.connections.open}, records {@code chat.postMessage}, the mentoring loop's calls,
 * {@code assistant.threads.*}, {@code views.publish} and every POST to {@code /respond/...} (the
 * response_url of the tests).
 */
final class FakeSlackApi implements AutoCloseable {

    /**
     * One recorded call: path, form fields (Web API) or raw JSON body (response_url), and the token it was made with
     * (the {@code Authorization: Bearer} header, or null).
     */
    record Call(String path, Map<String, String> form, String body, String token) {
        Call(String path, Map<String, String> form, String body) {
            this(path, form, body, null);
        }
    }

    /** A workspace {@code oauth.v2.access} installs for one code: its team, bot user and bot token. */
    record Workspace(String teamId, String botUserId, String botToken) {
    }

    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8); // room beside requests held unanswered
    final BlockingQueue<Call> posts = new LinkedBlockingQueue<>();
    final BlockingQueue<Call> responses = new LinkedBlockingQueue<>();
    final BlockingQueue<Call> ephemerals = new LinkedBlockingQueue<>();
    /** chat.update, conversations.open and conversations.list calls (the mentoring loop). */
    final BlockingQueue<Call> updates = new LinkedBlockingQueue<>();
    final BlockingQueue<Call> opens = new LinkedBlockingQueue<>();
    final BlockingQueue<Call> lists = new LinkedBlockingQueue<>();
    /** assistant.threads.setStatus, setSuggestedPrompts and setTitle calls (the assistant panel). */
    final BlockingQueue<Call> assistant = new LinkedBlockingQueue<>();
    /** views.publish calls (App Home). */
    final BlockingQueue<Call> views = new LinkedBlockingQueue<>();
    /** The path of every Web API call, in the order they arrived. */
    final BlockingQueue<String> methods = new LinkedBlockingQueue<>();
    /** The id conversations.list gives #mentors. */
    static final String MENTORS_ID = "C0MENTORS";
    /** Every chat.postMessage answered with {@link #postError}. */
    final BlockingQueue<Call> refused = new LinkedBlockingQueue<>();
    volatile String authError;
    /** When set, chat.postMessage answers {"ok":false,"error":postError}. */
    volatile String postError;
    /** When positive, chat.postMessage answers 429 with this Retry-After. */
    volatile int rateLimitSeconds;
    volatile String socketUrl = "ws://127.0.0.1:1/link";
    private final Map<String, Integer> postsByClient = new java.util.concurrent.ConcurrentHashMap<>();
    /** Clients whose chat.postMessage requests are held: the latch each held request waits on. */
    private final Map<String, CountDownLatch> holds = new java.util.concurrent.ConcurrentHashMap<>();
    /** chat.postMessage requests waiting unanswered now, by client. */
    private final Map<String, java.util.concurrent.atomic.AtomicInteger> waiting = new java.util.concurrent.ConcurrentHashMap<>();
    /** oauth.v2.access: each code installs its workspace, once (Slack's codes are single-use). */
    final Map<String, Workspace> codes = new java.util.concurrent.ConcurrentHashMap<>();
    /** oauth.v2.access and auth.test calls, with the token of each auth.test. */
    final BlockingQueue<Call> oauthAccess = new LinkedBlockingQueue<>();
    final BlockingQueue<Call> authTests = new LinkedBlockingQueue<>();
    /** The bot tokens oauth.v2.access handed out: auth.test answers for their workspace. */
    private final Map<String, Workspace> installedTokens = new java.util.concurrent.ConcurrentHashMap<>();

    FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    /** The Web API for one of several bot processes: the same fake, the process told apart by the path's first part. */
    String apiUrl(String client) {
        return base() + "/" + client + "/api/";
    }

    /**
     * From now on, a chat.postMessage from {@code client} ({@link #apiUrl(String)}) is recorded as received and then
     * left unanswered until {@link #answerHeldPostsFrom} or {@link #close}: that process hangs in the request, as
     * against a Slack that went quiet.
     */
    void holdPostsFrom(String client) {
        holds.putIfAbsent(client, new CountDownLatch(1));
    }

    /** Stops holding {@code client}'s posts and answers the held ones as Slack would have (ok, posted). */
    void answerHeldPostsFrom(String client) {
        CountDownLatch hold = holds.remove(client);
        if (hold != null) {
            hold.countDown();
        }
    }

    /** chat.postMessage requests received, by client ({@link #apiUrl(String)}'s name). */
    Map<String, Integer> postsByClient() {
        return Map.copyOf(postsByClient);
    }

    /** How many of {@code client}'s chat.postMessage requests are held unanswered now. */
    int held(String client) {
        java.util.concurrent.atomic.AtomicInteger count = waiting.get(client);
        return count == null ? 0 : count.get();
    }

    String responseUrl(String name) {
        return base() + "/respond/" + name;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String client = null;
        if (path.matches("/[a-z0-9]+/api/.*")) {
            client = path.substring(1, path.indexOf('/', 1));
            path = path.substring(client.length() + 1);
        }
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : null;
        if (path.startsWith("/api/")) {
            methods.add(path.substring("/api/".length()));
        }
        if (path.equals("/api/oauth.v2.access")) {
            Map<String, String> form = parseForm(body);
            oauthAccess.add(new Call(path, form, body, token));
            Workspace w = codes.remove(form.getOrDefault("code", ""));
            answer = w == null ? "{\"ok\":false,\"error\":\"invalid_code\"}"
                    : "{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UINSTALLER\"},\"scope\":\"commands,chat:write\","
                    + "\"token_type\":\"bot\",\"access_token\":\"" + w.botToken() + "\",\"bot_user_id\":\"" + w.botUserId()
                    + "\",\"team\":{\"id\":\"" + w.teamId() + "\",\"name\":\"Team " + w.teamId() + "\"},"
                    + "\"enterprise\":null,\"is_enterprise_install\":false}";
            if (w != null) {
                installedTokens.put(w.botToken(), w);
            }
        } else if (path.equals("/api/auth.test") && token != null && installedTokens.containsKey(token)) {
            Workspace w = installedTokens.get(token);
            authTests.add(new Call(path, parseForm(body), body, token));
            answer = "{\"ok\":true,\"url\":\"https://" + w.teamId() + ".slack.com/\",\"team\":\"Team\",\"user\":\"mentorbot\","
                    + "\"team_id\":\"" + w.teamId() + "\",\"user_id\":\"" + w.botUserId() + "\",\"bot_id\":\"B" + w.teamId() + "\"}";
        } else if (path.equals("/api/auth.test")) {
            authTests.add(new Call(path, parseForm(body), body, token));
            answer = authError == null
                    ? "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\",\"user\":\"mentorbot\","
                    + "\"team_id\":\"T1\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"" + BOT_ID + "\"}"
                    : "{\"ok\":false,\"error\":\"" + authError + "\"}";
        } else if (path.equals("/api/apps.connections.open")) {
            String url = socketUrl;
            answer = url == null ? "{\"ok\":false,\"error\":\"invalid_auth\"}" : "{\"ok\":true,\"url\":\"" + url + "\"}";
        } else if (path.equals("/api/chat.postMessage")) {
            Map<String, String> form = parseForm(body);
            if (rateLimitSeconds > 0) {
                ex.getResponseHeaders().add("Retry-After", Integer.toString(rateLimitSeconds));
                ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                byte[] bytes = "{\"ok\":false,\"error\":\"ratelimited\"}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(429, bytes.length);
                ex.getResponseBody().write(bytes);
                ex.close();
                return;
            }
            if (postError != null) {
                refused.add(new Call(path, form, body));
                ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                send(ex, "{\"ok\":false,\"error\":\"" + postError + "\"}");
                return;
            }
            posts.add(new Call(path, form, body, token));
            if (client != null) {
                postsByClient.merge(client, 1, Integer::sum);
            }
            CountDownLatch hold = client == null ? null : holds.get(client);
            if (hold != null) {
                java.util.concurrent.atomic.AtomicInteger count =
                        waiting.computeIfAbsent(client, c -> new java.util.concurrent.atomic.AtomicInteger());
                count.incrementAndGet();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ex.close();
                    return;
                } finally {
                    count.decrementAndGet();
                }
            }
            answer = "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"200.1\"}";
        } else if (path.equals("/api/chat.update")) {
            Map<String, String> form = parseForm(body);
            updates.add(new Call(path, form, body));
            answer = "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + form.get("ts") + "\"}";
        } else if (path.equals("/api/conversations.open")) {
            Map<String, String> form = parseForm(body);
            opens.add(new Call(path, form, body, token));
            answer = "{\"ok\":true,\"channel\":{\"id\":\"D" + form.getOrDefault("users", "X") + "\"}}";
        } else if (path.equals("/api/conversations.list")) {
            lists.add(new Call(path, parseForm(body), body));
            answer = "{\"ok\":true,\"channels\":[{\"id\":\"C0GENERAL\",\"name\":\"general\"},"
                    + "{\"id\":\"" + MENTORS_ID + "\",\"name\":\"mentors\"}],\"response_metadata\":{\"next_cursor\":\"\"}}";
        } else if (path.startsWith("/api/assistant.threads.")) {
            assistant.add(new Call(path, parseForm(body), body));
            answer = "{\"ok\":true}";
        } else if (path.equals("/api/views.publish")) {
            views.add(new Call(path, parseForm(body), body, token));
            answer = "{\"ok\":true,\"view\":{\"id\":\"V1\",\"type\":\"home\"}}";
        } else if (path.equals("/api/chat.postEphemeral")) {
            ephemerals.add(new Call(path, parseForm(body), body, token));
            answer = "{\"ok\":true,\"message_ts\":\"201.1\"}";
        } else if (path.startsWith("/respond/")) {
            responses.add(new Call(path, Map.of(), body));
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            send(ex, "ok");
            return;
        } else {
            answer = "{\"ok\":false,\"error\":\"unknown_method\"}";
        }
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        send(ex, answer);
    }

    private static void send(HttpExchange ex, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(k, v);
        }
        return form;
    }

    /** The next chat.postMessage, or null after a bounded wait. */
    Call nextPost() throws InterruptedException {
        return posts.poll(10, TimeUnit.SECONDS);
    }

    Call nextResponse() throws InterruptedException {
        return responses.poll(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        pool.shutdownNow();
    }
}
