package mentorbot.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {@code GET /metrics} over HTTP, read as Prometheus's text format. */
public record Scrape(String body) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Scrapes {@code http://127.0.0.1:port/metrics}; fails unless it answers 200 in the text format. */
    public static Scrape of(int port) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        return new Scrape(r.body());
    }

    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * The value of the sample {@code name} whose labels are exactly {@code labels} (in any order), or 0 when the
     * series is absent (a counter not yet made counts nothing).
     */
    public double value(String name, Map<String, String> labels) {
        for (String line : body.split("\n")) {
            if (labels.isEmpty() && line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(name.length() + 1).strip());
            }
            if (!line.startsWith(name + "{")) {
                continue;
            }
            int close = line.lastIndexOf('}');
            Map<String, String> found = new HashMap<>();
            Matcher m = LABEL.matcher(line.substring(name.length() + 1, close));
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            if (found.equals(labels)) {
                return Double.parseDouble(line.substring(close + 1).strip());
            }
        }
        return 0;
    }

    /** Whether a sample named {@code name} is there, with any labels. */
    public boolean has(String name) {
        return Arrays.stream(body.split("\n")).anyMatch(l -> l.startsWith(name + "{") || l.startsWith(name + " "));
    }
}
