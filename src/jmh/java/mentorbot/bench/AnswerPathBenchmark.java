package mentorbot.bench;

import java.util.concurrent.TimeUnit;
import mentorbot.Core;
import mentorbot.mentor.MentorService;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each command's answer through {@link MentorService#handle} (rate limit, sanitize, per-user cache,
 * command), warm (the same user repeating the same request: a cache hit) and cold (a new user on
 * every call: limiter bucket, cache miss, command, cache insert, context write).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AnswerPathBenchmark {

    @Param({"role mlops", "roadmap", "interview kpis", "salary senior", "tip", "mentor help"})
    public String request;

    private MentorService service;
    private String command;
    private String text;
    private Request warm;
    private long next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Core core = BenchCores.core(BenchCores.relaxedRateLimit(BenchCores.defaults()));
        service = core.handler();
        int space = request.indexOf(' ');
        command = space < 0 ? request : request.substring(0, space);
        text = space < 0 ? "" : request.substring(space + 1);
        warm = BenchCores.command("UWARM", command, text);
        Reply first = service.handle(warm);
        if (!first.matched()) {
            throw new IllegalStateException("/" + request + " is not answered: " + first.title());
        }
    }

    @Benchmark
    public Reply warm() {
        return service.handle(warm);
    }

    @Benchmark
    public Reply cold() {
        return service.handle(BenchCores.command("U" + (next++), command, text));
    }
}
