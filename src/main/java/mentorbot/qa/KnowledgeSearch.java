package mentorbot.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.Normalizer;
import mentorbot.mentor.EntrySearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the question engine builds from one knowledge snapshot (the word index, the word
 * list for typo correction, the example vectors), rebuilt whenever the model reloads. Readers
 * always get what was built from the very snapshot they answer from.
 */
public final class KnowledgeSearch implements EntrySearch {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);

    /** Everything built from one snapshot. */
    record Built(KnowledgeBase kb, KnowledgeIndex index, Lexicon lexicon, SemanticIndex semantic, WordOdds odds) {
    }

    private final Analyzers analyzers;
    private final QaVocabulary vocabulary;
    private final KnowledgeSource source;
    private final SentenceEncoder encoder;
    /** What questions are encoded with: the encoder, with the texts it encoded lately remembered. */
    private final SentenceEncoder questions;
    /** The vectors the build shipped, read once when first needed. */
    private final java.util.function.Supplier<Vectors> shipped;
    private final AtomicReference<Built> current;
    /** Builds the word index on a thread of its own, beside the rest of a build. */
    private final java.util.concurrent.Executor indexBuilder = task -> {
        Thread t = new Thread(task, "word-index-build");
        t.setDaemon(true);
        t.start();
    };

    private KnowledgeSearch(Analyzers analyzers, QaVocabulary vocabulary, KnowledgeSource source, SentenceEncoder encoder,
                            java.util.function.Supplier<Vectors> shipped) {
        this.analyzers = analyzers;
        this.vocabulary = vocabulary;
        this.source = source;
        this.encoder = encoder;
        this.questions = new RecentEncodings(new LastWords(encoder, LastWords.WORDS), RECENT_TEXTS);
        this.shipped = shipped;
        this.current = new AtomicReference<>(); // built on first use: a one-shot slash command never needs it
    }

    /**
     * The search for {@code source}: built on first use, and again after every reload.
     *
     * @param encoder turns questions and any example the build did not precompute into vectors
     */
    public static KnowledgeSearch over(KnowledgeSource source, QaVocabulary vocabulary, SentenceEncoder encoder)
            throws KnowledgeException {
        KnowledgeSearch search = new KnowledgeSearch(new Analyzers(vocabulary), vocabulary, source, encoder,
                memoized(() -> Vectors.shipped(encoder.model())));
        source.onReload(kb -> {
            long start = System.nanoTime();
            search.current.set(search.build(kb));
            log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
        return search;
    }

    public static QaVocabulary vocabulary(Path dir) throws KnowledgeException {
        return QaVocabulary.load(dir);
    }

    private Built build(KnowledgeBase kb) {
        long t0 = System.nanoTime();
        List<String> texts = SemanticIndex.texts(kb);
        Vectors known = shipped.get();
        long missing = known.missing(texts);
        if (missing > 0) {
            log.info("Encoding {} example questions that the build did not precompute", missing);
        }
        // The word index (Lucene) builds beside the rest: the two share nothing.
        java.util.concurrent.CompletableFuture<KnowledgeIndex> index = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> KnowledgeIndex.build(kb, analyzers), indexBuilder);
        Vectors vectors = known.covering(texts, encoder);
        long t1 = System.nanoTime();
        Lexicon lexicon = Lexicon.of(kb, vocabulary);
        SemanticIndex semantic = SemanticIndex.build(kb, vectors);
        WordOdds odds = WordOdds.of(kb, vocabulary.stopWords());
        long t2 = System.nanoTime();
        KnowledgeIndex words = index.join();
        log.debug("Built the search: vectors {} ms, lexicon, examples and word odds {} ms, word index ready after {} ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t0) / 1_000_000);
        return new Built(kb, words, lexicon, semantic, odds);
    }

    /** Whether a question is answered without waiting: the sentence model is loaded (readiness). */
    public boolean ready() {
        return encoder.loaded();
    }

    /** Builds everything for the current model now, so the first question does not wait for it. */
    public void warm() {
        builtFor(source.current());
    }

    /** What {@code check} reports of the built search: example questions and how many needed encoding now. */
    public record Summary(int examples, long encodedNow) {
    }

    /** Builds everything start-up builds for the current model, and says how much of it the build had precomputed. */
    public Summary check() {
        KnowledgeBase kb = source.current();
        List<String> texts = SemanticIndex.texts(kb);
        long missing = shipped.get().missing(texts);
        builtFor(kb);
        return new Summary(texts.size(), missing);
    }

    /** What was built for exactly this snapshot (built on the spot on first use, or if a reload raced the question). */
    Built builtFor(KnowledgeBase kb) {
        Built b = current.get();
        if (b != null && b.kb == kb) {
            return b;
        }
        synchronized (this) {
            b = current.get();
            if (b != null && b.kb == kb) {
                return b;
            }
            Built fresh = build(kb);
            if (kb == source.current()) {
                current.set(fresh);
            }
            return fresh;
        }
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** Questions' texts whose vectors are kept (384 floats each: about 6 MB). */
    static final int RECENT_TEXTS = 4096;

    /** The encoder for questions (recent texts remembered). */
    SentenceEncoder encoder() {
        return questions;
    }

    QaVocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public List<Hit> search(KnowledgeBase kb, String query, Predicate<String> accept, int max) {
        Built built = builtFor(kb);
        StringBuilder corrected = new StringBuilder();
        for (String word : Normalizer.normalize(query).split(" ")) {
            corrected.append(built.lexicon().correct(word)).append(' ');
        }
        return built.index().search(corrected.toString().strip(), accept, max);
    }
}
