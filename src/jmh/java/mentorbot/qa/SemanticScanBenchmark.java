package mentorbot.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mentorbot.bench.BenchCores;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeLoader;
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
 * The scan of a question's readings against every example vector ({@link SemanticIndex#scores(List)}),
 * the Java side of a free-text question apart from the sentence model. The readings are example vectors
 * themselves (any unit vectors of the model's size cost the same), so the model is never loaded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SemanticScanBenchmark {

    /** How many readings of one question are compared at once (as typed, asking sentence, corrected, without a role). */
    @Param({"1", "3"})
    public int readings;

    private SemanticIndex index;
    private List<float[]> questions;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        KnowledgeBase kb = new KnowledgeLoader().load(Path.of(BenchCores.defaults().knowledge().dir()));
        Vectors vectors = Vectors.shipped(MiniLmEncoder.MODEL);
        index = SemanticIndex.build(kb, vectors);
        List<String> texts = SemanticIndex.texts(kb);
        questions = new ArrayList<>();
        for (int i = 0; i < readings; i++) {
            questions.add(vectors.get(texts.get(i * 97 % texts.size())).orElseThrow());
        }
    }

    @Benchmark
    public Object scan() {
        return index.scores(questions);
    }
}
