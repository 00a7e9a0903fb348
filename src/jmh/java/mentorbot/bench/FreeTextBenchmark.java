package mentorbot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import mentorbot.mentor.MentorService;
import mentorbot.mentor.Reply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Free-text Q&A over the 22 inputs of the shared sample set, in turn, through
 * {@link MentorService#handle}; each from a new user, so no cached answer and no earlier context:
 * the full question-reading, Lucene search and answer-building path. SampleTime gives p50/p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FreeTextBenchmark {

    private MentorService service;
    private List<String> inputs;
    private int i;
    private long user;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        service = BenchCores.core(BenchCores.relaxedRateLimit(BenchCores.defaults())).handler();
        inputs = BenchCores.sampleQuestions();
        if (inputs.size() != 22) {
            System.err.println("note: " + inputs.size() + " sample questions (issue #7 names 22)");
        }
    }

    @Benchmark
    public Reply sampleQuestions() {
        String input = inputs.get(i);
        i = (i + 1) % inputs.size();
        return service.handle(BenchCores.freeText("Q" + (user++), input));
    }
}
