package mentorbot.qa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.EntrySearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index of the current knowledge snapshot, rebuilt whenever the model reloads. Readers
 * always get an index built from the very snapshot they answer from.
 */
public final class KnowledgeSearch implements EntrySearch {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSearch.class);

    /** Everything built from one snapshot: its index and its word list. */
    record Built(KnowledgeBase kb, KnowledgeIndex index, Lexicon lexicon) {
    }

    private final Analyzers analyzers;
    private final QaVocabulary vocabulary;
    private final KnowledgeSource source;
    private final AtomicReference<Built> current;

    private KnowledgeSearch(Analyzers analyzers, QaVocabulary vocabulary, KnowledgeSource source) {
        this.analyzers = analyzers;
        this.vocabulary = vocabulary;
        this.source = source;
        this.current = new AtomicReference<>(); // built on first use: a one-shot slash command never needs it
    }

    private Built build(KnowledgeBase kb) {
        return new Built(kb, KnowledgeIndex.build(kb, analyzers), Lexicon.of(kb, vocabulary));
    }

    /** The search for {@code source}: built on first use, and again after every reload. */
    public static KnowledgeSearch over(KnowledgeSource source, QaVocabulary vocabulary) throws IOException {
        KnowledgeSearch search = new KnowledgeSearch(new Analyzers(vocabulary), vocabulary, source);
        source.onReload(kb -> {
            long start = System.nanoTime();
            search.current.set(search.build(kb));
            log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
        return search;
    }

    public static QaVocabulary vocabulary(Path dir) throws IOException {
        return QaVocabulary.load(dir);
    }

    /** Builds the index for the current model now, so the first question does not wait for it. */
    public void warm() {
        builtFor(source.current());
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

    @Override
    public List<Hit> search(KnowledgeBase kb, String query, Predicate<String> accept, int max) {
        Built built = builtFor(kb);
        StringBuilder corrected = new StringBuilder();
        for (String word : mentorbot.knowledge.Normalizer.normalize(query).split(" ")) {
            corrected.append(built.lexicon().correct(word)).append(' ');
        }
        return built.index().search(corrected.toString().strip(), accept, max);
    }
}
