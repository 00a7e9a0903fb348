package mentorbot.qa;

import mentorbot.knowledge.Stems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.OutOfField;

/**
 * How strongly the words of a question say "out of field", learned from the examples: a naive
 * Bayes log-odds over word stems, with the entries' questions and texts on one side and the
 * out-of-field kinds' questions on the other. Meaning (the sentence vectors) misses what a single
 * word gives away ("bonus", "netflix", "exam cost"); this sees it, and generalises over every
 * word the examples use, with no word list of its own.
 */
final class WordOdds {

    /** No single word may say more than this: near-miss examples reuse field words ("mlops"), which must not decide alone. */
    static final double CAP = 2.0;
    /** Nor may the words together: a long story about another job must not outweigh what it asks. */
    static final double TOTAL = 3.0;

    private final Map<String, Double> logOdds;

    private WordOdds(Map<String, Double> logOdds) {
        this.logOdds = Map.copyOf(logOdds);
    }

    /** Function words ("tell", "me", "how") say how a question is put, not what it is about: they weigh nothing. */
    private static Map<String, Double> withoutStopWords(Map<String, Double> odds, java.util.Set<String> stopWords) {
        Map<String, Double> out = new HashMap<>(odds);
        for (String w : stopWords) {
            for (String stem : stems(w)) {
                out.remove(stem);
            }
        }
        return out;
    }

    static WordOdds of(KnowledgeBase kb, java.util.Set<String> stopWords) {
        // The same few thousand words recur across thousands of texts: each is stemmed once.
        Map<String, String> memo = new HashMap<>();
        java.util.function.Function<String, List<String>> stems = t -> stems(t, memo);
        Map<String, int[]> counts = new HashMap<>();
        int[] totals = new int[2];
        for (Entry e : kb.entries()) {
            List<String> texts = new ArrayList<>(e.questions());
            texts.addAll(e.names());
            texts.addAll(e.keywords());
            texts.addAll(e.body());
            for (String t : texts) {
                for (String w : stems.apply(t)) {
                    counts.computeIfAbsent(w, x -> new int[2])[0]++;
                    totals[0]++;
                }
            }
        }
        // A kind that is out of field only for a place ("an offer in Manchester") teaches nothing by its other words.
        for (OutOfField o : kb.outOfField().stream().filter(o -> o.place() == null).toList()) {
            for (String t : o.questions()) {
                for (String w : stems.apply(t)) {
                    counts.computeIfAbsent(w, x -> new int[2])[1]++;
                    totals[1]++;
                }
            }
        }
        int vocabulary = counts.size();
        Map<String, Double> odds = new HashMap<>();
        counts.forEach((w, c) -> odds.put(w, Math.log((c[1] + 1.0) / (totals[1] + vocabulary))
                - Math.log((c[0] + 1.0) / (totals[0] + vocabulary))));
        // A word of an entry's own title ("certifications") names what the guides answer: near misses about exam fees
        // use it more often than the entry's examples do, but it never says "out of field" by itself. Only a topic's
        // title: an FAQ's is a whole question, and the words of titles and levels ("senior", "engineer") are in every
        // near miss about another job.
        for (Entry e : kb.entries().stream().filter(e -> e instanceof mentorbot.knowledge.Topic).toList()) {
            for (String w : stems.apply(e.title())) {
                odds.computeIfPresent(w, (x, o) -> Math.min(o, 0.0));
            }
        }
        return new WordOdds(withoutStopWords(odds, stopWords));
    }

    /** The summed log-odds of the text's known words: above zero leans out of field, below zero in. */
    double outOfField(String text) {
        double sum = 0;
        for (String w : stems(text)) {
            sum += Math.max(-CAP, Math.min(CAP, logOdds.getOrDefault(w, 0.0)));
        }
        return Math.max(-TOTAL, Math.min(TOTAL, sum));
    }

    private static List<String> stems(String text) {
        String n = Normalizer.normalize(text);
        return n.isEmpty() ? List.of() : List.of(Stems.of(n).split(" "));
    }

    private static List<String> stems(String text, Map<String, String> memo) {
        String n = Normalizer.normalize(text);
        if (n.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : n.split(" ")) {
            if (!w.isEmpty()) {
                out.add(memo.computeIfAbsent(w, Stems::of));
            }
        }
        return out;
    }
}
