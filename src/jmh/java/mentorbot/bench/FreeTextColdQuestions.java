package mentorbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import mentorbot.Core;
import mentorbot.mentor.MentorService;

/**
 * Free-text latency as a new member meets it: each question of the measured sets asked once, by a new
 * user, with nothing cached (a fresh core per round, so no vector or answer is remembered from the
 * round before), after the warm-up sets have been asked once to compile the code. Prints thread CPU
 * and wall p50/p99 and mean per round, and the slowest questions by CPU.
 *
 * <pre>java -cp "$CP" mentorbot.bench.FreeTextColdQuestions [-Drounds=2] WARM.jsonl... -- MEASURED.jsonl...</pre>
 */
public final class FreeTextColdQuestions {

    public static void main(String[] args) throws Exception {
        int split = Arrays.asList(args).indexOf("--");
        if (split < 1 || split == args.length - 1) {
            System.err.println("usage: FreeTextColdQuestions WARM.jsonl... -- MEASURED.jsonl...");
            System.exit(2);
        }
        List<String> warm = inputs(Arrays.copyOfRange(args, 0, split));
        List<String> measured = inputs(Arrays.copyOfRange(args, split + 1, args.length));
        int rounds = Integer.getInteger("rounds", 2);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            Core core = BenchCores.core(BenchCores.relaxedRateLimit(BenchCores.defaults()));
            MentorService service = core.handler();
            int user = 0;
            for (String q : warm) {
                service.handle(BenchCores.freeText("W" + (user++), q));
            }
            long[] cpu = new long[measured.size()];
            long[] wall = new long[measured.size()];
            for (int i = 0; i < measured.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                service.handle(BenchCores.freeText("M" + (user++), measured.get(i)));
                wall[i] = System.nanoTime() - w0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            // The same questions again from new users: the sentence vectors are remembered now, so the
            // difference in CPU is what the sentence model cost.
            long again = 0;
            for (String q : measured) {
                long c0 = threads.getCurrentThreadCpuTime();
                service.handle(BenchCores.freeText("A" + (user++), q));
                again += threads.getCurrentThreadCpuTime() - c0;
            }
            System.out.printf(Locale.ROOT, "round %d: asked again with the vectors remembered, cpu mean %.1f ms%n", round,
                    again / 1e6 / measured.size());
            System.out.printf(Locale.ROOT, "round %d, %d questions: cpu mean %.1f p50 %.1f p99 %.1f ms | wall p50 %.1f p99 %.1f ms"
                            + " | load %s%n", round, measured.size(), Arrays.stream(cpu).average().orElse(0) / 1e6,
                    FreeTextPerQuestion.pct(cpu, 50) / 1e6, FreeTextPerQuestion.pct(cpu, 99) / 1e6,
                    FreeTextPerQuestion.pct(wall, 50) / 1e6, FreeTextPerQuestion.pct(wall, 99) / 1e6,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            if (round == rounds) {
                IntStream.range(0, cpu.length).boxed().sorted(Comparator.comparingLong(i -> -cpu[i])).limit(8)
                        .forEach(i -> System.out.printf(Locale.ROOT, "  %6.1f ms cpu  %s%n", cpu[i] / 1e6,
                                measured.get(i)));
            }
        }
        System.exit(0); // the cores' background threads would keep the JVM up
    }

    private static List<String> inputs(String[] files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        for (String f : files) {
            for (String line : Files.readAllLines(Path.of(f))) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line).get("input").asText());
                }
            }
        }
        return out;
    }
}
