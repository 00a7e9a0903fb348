package mentorbot.qa;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import mentorbot.Core;
import mentorbot.bench.BenchCores;
import mentorbot.config.Settings;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Knowledge load (YAML files parsed and validated) and the search index build (Lucene in-memory
 * index plus the word list), apart and together, and the whole core ({@link Core#create}: load,
 * vocabulary, index, commands, caches). In this package because {@code Analyzers} and
 * {@code KnowledgeIndex} are package-private. AverageTime is the cost in a warm JVM (a reload);
 * the single-shot variant in {@code bench.sh} gives the first build in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {

    private Settings settings;
    private Path knowledgeDir;
    private QaVocabulary vocabulary;
    private Analyzers analyzers;
    private KnowledgeBase kb;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        settings = BenchCores.defaults();
        knowledgeDir = Path.of(settings.knowledge().dir());
        vocabulary = QaVocabulary.load(Path.of(settings.knowledge().qaDir()));
        analyzers = new Analyzers(vocabulary);
        kb = new KnowledgeLoader().load(knowledgeDir);
    }

    @Benchmark
    public KnowledgeBase knowledgeLoad() throws Exception {
        return new KnowledgeLoader().load(knowledgeDir);
    }

    /** Index and word list of one snapshot: what {@code KnowledgeSearch} builds at start and on reload. */
    @Benchmark
    public Object indexBuild() {
        return new Object[] {KnowledgeIndex.build(kb, analyzers), Lexicon.of(kb, vocabulary)};
    }

    @Benchmark
    public Object loadPlusIndexBuild() throws Exception {
        KnowledgeBase fresh = new KnowledgeLoader().load(knowledgeDir);
        return new Object[] {KnowledgeIndex.build(fresh, analyzers), Lexicon.of(fresh, vocabulary)};
    }

    @Benchmark
    public Core coreCreate() throws Exception {
        return BenchCores.core(settings);
    }
}
