package mentorbot.mentor;

import java.util.List;

/** Full-text search over the knowledge entries (implemented by the Q&A engine's index). */
public interface EntrySearch {

    /** A matching entry id with its relevance score (higher is better; comparable within one search). */
    record Hit(String id, float score) {
    }

    /** Best hits for the query, best first, at most {@code max}; only ids whose kind {@code accept}s. */
    List<Hit> search(String query, java.util.function.Predicate<String> accept, int max);
}
