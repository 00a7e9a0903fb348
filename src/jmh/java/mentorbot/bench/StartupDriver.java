package mentorbot.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Start-up (issue #7, item 4): wall time from launch to exit of
 * {@code java -jar JAR ask "/salary senior"} against {@code java -cp JAR mentorbot.bench.TrivialMain},
 * both from the same jar, run alternately {@code runs} times each after one unmeasured run of each
 * (page cache). Output goes to /dev/null (the answer is checked once first). Arguments:
 * {@code jar runs}.
 */
public final class StartupDriver {

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> ask = List.of(java, "-jar", jar, "ask", "/salary senior");
        List<String> trivial = List.of(java, "-cp", jar, "mentorbot.bench.TrivialMain");

        Process check = pb(ask).redirectErrorStream(true).start();
        String out = new String(check.getInputStream().readAllBytes());
        if (check.waitFor() != 0 || !out.contains("$150K")) {
            throw new IllegalStateException("ask did not answer as expected: " + out);
        }
        time(trivial);
        long[] a = new long[runs];
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            if (i % 2 == 0) {
                a[i] = time(ask);
                t[i] = time(trivial);
            } else {
                t[i] = time(trivial);
                a[i] = time(ask);
            }
        }
        report("ask \"/salary senior\"", a);
        report("trivial main", t);
        System.out.printf(Locale.ROOT, "RATIO ask/trivial median = %.2f (target < 1.5); mean = %.2f%n",
                median(a) / median(t), mean(a) / mean(t));
    }

    private static long time(List<String> cmd) throws Exception {
        long start = System.nanoTime();
        Process p = pb(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int rc = p.waitFor();
        long took = System.nanoTime() - start;
        if (rc != 0) {
            throw new IllegalStateException(cmd + " exited " + rc);
        }
        return took;
    }

    /** Children keep their state (the tips database of ask) under target/bench/, not in data/. */
    private static ProcessBuilder pb(List<String> cmd) {
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().put("MENTORBOT_DATA_DIR", "target/bench/data");
        return b;
    }

    private static void report(String name, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-22s runs %d  median %6.0f ms  mean %6.0f ms  min %6.0f ms  max %6.0f ms%n",
                name, s.length, median(ns) / 1e6, mean(ns) / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }

    private static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
    }

    private static double mean(long[] ns) {
        return Arrays.stream(ns).average().orElse(0);
    }
}
