package mentorbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mentorbot.Core;
import mentorbot.config.Settings;
import mentorbot.config.SettingsLoader;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;

/**
 * The real core over the real files in {@code config/} (run from the repository root), with the
 * system clock and ticker. {@link #relaxedRateLimit} lifts the per-user rate limit so that a
 * benchmark repeating one user's request measures the answer path and not the "one moment" reply;
 * the limiter still runs on every request.
 */
public final class BenchCores {
    private BenchCores() {
    }

    /** The six command requests of issue #7, as (command, argument text). */
    public static final String[][] COMMANDS = {
            {"role", "mlops"}, {"roadmap", ""}, {"interview", "kpis"}, {"salary", "senior"}, {"tip", ""},
            {"mentor", "help"}};

    public static Settings defaults() throws Exception {
        return new SettingsLoader().load(Map.of());
    }

    public static Settings relaxedRateLimit(Settings s) {
        return new Settings(s.knowledge(), s.cache(), s.context(),
                new Settings.RateLimit(1_000_000_000, Integer.MAX_VALUE), s.input(), s.http(), s.slack(),
                s.discord(), s.tips(), s.dataDir());
    }

    public static Core core(Settings settings) throws Exception {
        return Core.create(settings, Clock.systemUTC(), Ticker.systemTicker(), new SplittableRandom(42), List.of());
    }

    public static Request command(String user, String command, String text) {
        return Request.command(Platform.SLACK, "T1", user, "C1", command, text);
    }

    public static Request freeText(String user, String text) {
        return Request.freeText(Platform.SLACK, "T1", user, "D1", text);
    }

    /** The inputs of the shared sample question set ({@code -Dbench.questions=...} to change). */
    public static List<String> sampleQuestions() throws IOException {
        Path file = Path.of(System.getProperty("bench.questions", "../shared/eval/questions.sample.jsonl"));
        if (!Files.isRegularFile(file)) {
            throw new IOException("sample questions not found at " + file.toAbsolutePath()
                    + " (set -Dbench.questions=PATH)");
        }
        ObjectMapper json = new ObjectMapper();
        List<String> inputs = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                inputs.add(n.get("input").asText());
            }
        }
        return inputs;
    }
}
