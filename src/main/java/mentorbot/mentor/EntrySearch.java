package mentorbot.mentor;

import java.util.List;
import java.util.function.Predicate;
import mentorbot.knowledge.KnowledgeBase;

/** Full-text search over the knowledge entries (implemented by the Q&A engine's index). */
public interface EntrySearch {

    /** A matching entry id with its relevance score (higher is better; comparable within one search). */
    record Hit(String id, float score) {
    }

    /**
     * Best hits for the query in exactly this snapshot, best first, at most {@code max}; only ids
     * {@code accept}ed. Small typos in the query are corrected first.
     */
    List<Hit> search(KnowledgeBase knowledge, String query, Predicate<String> accept, int max);
}
