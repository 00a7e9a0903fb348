package mentorbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mentorbot.mentor.MentorService;

/**
 * Where the free-text tail comes from: each sample question answered {@code reps} times (default
 * 300, each from a new user) after a warm-up, with wall time and this thread's CPU time per call.
 * When the wall-time p99 is far above the CPU-time p99, the tail is the machine (the thread was
 * descheduled), not the code. Prints per question p50/p99 and the overall p50/p99 of both clocks.
 */
public final class FreeTextPerQuestion {

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        MentorService service = BenchCores.core(BenchCores.relaxedRateLimit(BenchCores.defaults())).handler();
        List<String> qs = BenchCores.sampleQuestions();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long user = 0;
        long warmEnd = System.nanoTime() + 8_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (String q : qs) {
                service.handle(BenchCores.freeText("W" + (user++), q));
            }
        }
        long[] allWall = new long[qs.size() * reps];
        long[] allCpu = new long[qs.size() * reps];
        int k = 0;
        double[][] rows = new double[qs.size()][];
        long[][] wall = new long[qs.size()][reps];
        long[][] cpu = new long[qs.size()][reps];
        for (int r = 0; r < reps; r++) {
            for (int i = 0; i < qs.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                service.handle(BenchCores.freeText("P" + (user++), qs.get(i)));
                wall[i][r] = System.nanoTime() - w0;
                cpu[i][r] = threads.getCurrentThreadCpuTime() - c0;
                allWall[k] = wall[i][r];
                allCpu[k++] = cpu[i][r];
            }
        }
        System.out.printf(Locale.ROOT, "%-4s %9s %9s %9s %9s  %s%n", "#", "wall p50", "wall p99", "cpu p50", "cpu p99",
                "question (us)");
        for (int i = 0; i < qs.size(); i++) {
            System.out.printf(Locale.ROOT, "%-4d %9.0f %9.0f %9.0f %9.0f  %s%n", i + 1, pct(wall[i], 50) / 1e3,
                    pct(wall[i], 99) / 1e3, pct(cpu[i], 50) / 1e3, pct(cpu[i], 99) / 1e3, qs.get(i));
        }
        System.out.printf(Locale.ROOT, "ALL  wall p50 %.0f us  p99 %.0f us  p999 %.0f us | cpu p50 %.0f us  p99 %.0f us"
                        + "  p999 %.0f us  (%d calls)%n", pct(allWall, 50) / 1e3, pct(allWall, 99) / 1e3,
                pct(allWall, 99.9) / 1e3, pct(allCpu, 50) / 1e3, pct(allCpu, 99) / 1e3, pct(allCpu, 99.9) / 1e3,
                allWall.length);
    }

    static double pct(long[] v, double p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
