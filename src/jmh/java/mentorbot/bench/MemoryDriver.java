package mentorbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import mentorbot.Core;
import mentorbot.mentor.MentorService;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;

/**
 * Memory under a million distinct users (issue #7, item 3). Run as its own JVM with the default
 * settings of {@code config/application.yaml} (default cache, context and rate-limit sizes) and the
 * heap cap the script gives ({@code -Xmx256m}). Sends {@code total} requests (default 1,000,000),
 * each from a new user, through {@link MentorService#handle} in-process: the six commands of
 * issue #7 in turn, and one in ten a free-text question from the shared sample. At 100k and every
 * quarter it runs {@code System.gc()} twice and prints heap used after GC, committed heap, VmRSS
 * from /proc/self/status and the sizes of the answer cache and the context store.
 */
public final class MemoryDriver {

    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        Core core = BenchCores.core(BenchCores.defaults());
        MentorService service = core.handler();
        List<String> questions = BenchCores.sampleQuestions();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.out.printf(Locale.ROOT, "max heap %d MB, %d requests from %d distinct users%n",
                Runtime.getRuntime().maxMemory() >> 20, total, total);
        sample(0, 0, core, mem);
        long declined = 0;
        long start = System.nanoTime();
        long lastAt = start;
        for (long i = 1; i <= total; i++) {
            String user = "U" + i;
            Request request;
            if (i % 10 == 0) {
                request = BenchCores.freeText(user, questions.get((int) ((i / 10) % questions.size())));
            } else {
                String[] c = BenchCores.COMMANDS[(int) (i % BenchCores.COMMANDS.length)];
                request = BenchCores.command(user, c[0], c[1]);
            }
            Reply r = service.handle(request);
            if (!r.matched()) {
                declined++;
            }
            if (i == 100_000 || i % (total / 4) == 0) {
                long now = System.nanoTime();
                System.out.printf(Locale.ROOT, "  %,d requests; %.0f req/s since last sample; replies not matched: %d%n",
                        i, (i == 100_000 ? 100_000 : Math.min(i, total / 4)) / ((now - lastAt) / 1e9), declined);
                sample(i, (now - start) / 1e9, core, mem);
                lastAt = System.nanoTime();
            }
        }
    }

    private static void sample(long n, double seconds, Core core, MemoryMXBean mem) throws Exception {
        System.gc();
        System.gc();
        long used = mem.getHeapMemoryUsage().getUsed();
        long committed = mem.getHeapMemoryUsage().getCommitted();
        System.out.printf(Locale.ROOT, "SAMPLE users=%d t=%.1fs heapAfterGC=%.1fMB heapCommitted=%.1fMB rss=%.1fMB"
                        + " answerCache=%d contexts=%d%n", n, seconds, used / 1048576.0, committed / 1048576.0,
                rssKb() / 1024.0, core.cache().size(), core.contexts().size());
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
