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

    private record Built(KnowledgeBase kb, KnowledgeIndex index) {
    }

    private final Analyzers analyzers;
    private final KnowledgeSource source;
    private final AtomicReference<Built> current;

    private KnowledgeSearch(Analyzers analyzers, KnowledgeSource source) {
        this.analyzers = analyzers;
        this.source = source;
        KnowledgeBase kb = source.current();
        this.current = new AtomicReference<>(new Built(kb, KnowledgeIndex.build(kb, analyzers)));
    }

    /** Builds the index now and again after every reload of {@code source}. */
    public static KnowledgeSearch over(KnowledgeSource source, QaVocabulary vocabulary) throws IOException {
        KnowledgeSearch search = new KnowledgeSearch(new Analyzers(vocabulary), source);
        source.onReload(kb -> {
            long start = System.nanoTime();
            search.current.set(new Built(kb, KnowledgeIndex.build(kb, search.analyzers)));
            log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        });
        return search;
    }

    public static QaVocabulary vocabulary(Path dir) throws IOException {
        return QaVocabulary.load(dir);
    }

    /** The index for exactly this snapshot (built on the spot if a reload raced the question). */
    KnowledgeIndex indexFor(KnowledgeBase kb) {
        Built b = current.get();
        if (b.kb == kb) {
            return b.index;
        }
        KnowledgeIndex index = KnowledgeIndex.build(kb, analyzers);
        if (kb == source.current()) {
            current.set(new Built(kb, index));
        }
        return index;
    }

    @Override
    public List<Hit> search(String query, Predicate<String> accept, int max) {
        return current.get().index.search(query, accept, max);
    }
}
