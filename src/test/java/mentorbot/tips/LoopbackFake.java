package mentorbot.tips;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A loopback HTTP fake answering one path prefix from a script of canned responses (then a default),
 * recording every request.
 */
final class LoopbackFake implements AutoCloseable {

    record Canned(int status, String body, Map<String, String> headers) {
    }

    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
    }

    private final HttpServer server;
    private final Deque<Canned> script = new ArrayDeque<>();
    private final Canned fallback;
    private final List<Recorded> requests = new ArrayList<>();
    private volatile java.time.Duration delay = java.time.Duration.ZERO;

    LoopbackFake(String prefix, Canned fallback) {
        this.fallback = fallback;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(prefix, exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Canned answer;
            synchronized (this) {
                requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), body));
                answer = script.isEmpty() ? this.fallback : script.poll();
            }
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis()); // only to make a client time out; the client gives up first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
    }

    synchronized LoopbackFake then(int status, String body, Map<String, String> headers) {
        script.add(new Canned(status, body, headers));
        return this;
    }

    LoopbackFake then(int status, String body) {
        return then(status, body, Map.of());
    }

    /** Answers only after this long (to test client timeouts). */
    void delay(java.time.Duration d) {
        delay = d;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof java.util.concurrent.ExecutorService e) {
            e.shutdownNow();
        }
    }
}
