package mentorbot.qa;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The words of the field (the knowledge model's text, its example questions, the Q&A word lists),
 * for correcting typos in questions ("salry" → "salary"), and the common English words that are
 * never taken for typos ("forever" is not "former", "weather" not "whether"). Words with digits
 * are never corrected ("151k" stays "151k").
 */
final class Lexicon {

    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

    private final Set<String> words;
    private final Set<String> english;
    /** Known words by length, for typo look-ups among words of about the same length. */
    private final Map<Integer, List<String>> byLength;

    private Lexicon(Set<String> words, Set<String> english) {
        this.words = Set.copyOf(words);
        this.english = english;
        Map<Integer, List<String>> lengths = new HashMap<>();
        for (String w : words) {
            lengths.computeIfAbsent(w.length(), k -> new java.util.ArrayList<>()).add(w);
        }
        lengths.replaceAll((k, v) -> List.copyOf(v));
        this.byLength = Map.copyOf(lengths);
    }

    static Lexicon of(KnowledgeBase kb, QaVocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        for (Entry e : kb.entries()) {
            e.names().forEach(t -> addWords(words, t));
            e.keywords().forEach(t -> addWords(words, t));
            e.body().forEach(t -> addWords(words, t));
            e.questions().forEach(t -> addWords(words, t));
        }
        vocabulary.greetings().forEach(p -> addWords(words, p));
        vocabulary.help().forEach(p -> addWords(words, p));
        vocabulary.stopWords().forEach(p -> addWords(words, p));
        addWords(words, vocabulary.synonyms().replaceAll("(?m)^#.*$", " "));
        // The out-of-field examples are real words too: never corrections, never to be corrected.
        Set<String> known = new HashSet<>(vocabulary.englishWords());
        kb.outOfField().forEach(o -> o.questions().forEach(q -> addWords(known, q)));
        return new Lexicon(words, Set.copyOf(known));
    }

    private static void addWords(Set<String> out, String text) {
        for (String w : Normalizer.normalize(text).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    boolean knows(String word) {
        return words.contains(word) || english.contains(word) || word.chars().anyMatch(Character::isDigit) || inflected(word);
    }

    /** A word the guides, their examples or the Q&A lists use (a typo of one counts): not merely English, nor unknown. */
    boolean ofTheField(String word) {
        return words.contains(word) || words.contains(correct(word));
    }

    /** Endings the English list leaves off ("queries", "dashboards", "wired"): the list holds whole BERT words only. */
    private static final String[][] ENDINGS = {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}};

    /** An English word with a plain ending: never a typo of the field's words ("queries" is not "queues"). */
    private boolean inflected(String word) {
        for (String[] e : ENDINGS) {
            if (word.endsWith(e[0]) && word.length() - e[0].length() >= 3
                    && english.contains(word.substring(0, word.length() - e[0].length()) + e[1])) {
                return true;
            }
        }
        return false;
    }

    /** The word itself when known or too short to judge; else the one known word a typo or two away, if unique. */
    String correct(String word) {
        if (word.length() < 4 || knows(word)) {
            return word;
        }
        String swapped = swappedLetters(word);
        if (swapped != null) {
            return swapped;
        }
        int allowed = word.length() >= 7 ? 2 : 1;
        LevenshteinDistance distance = allowed == 2 ? TWO : ONE;
        String best = null;
        long bestRank = Long.MAX_VALUE;
        boolean tie = false;
        for (int len = word.length() - allowed; len <= word.length() + allowed; len++) {
            for (String candidate : byLength.getOrDefault(len, List.of())) {
                int d = distance.apply(word, candidate);
                // Two slips are only believed when the word still starts right ("reserach", not "plumber" → "number").
                if (d < 0 || (d == 2 && candidate.charAt(0) != word.charAt(0))) {
                    continue;
                }
                long rank = rank(word, candidate, d);
                if (rank < bestRank) {
                    best = candidate;
                    bestRank = rank;
                    tie = false;
                } else if (rank == bestRank) {
                    tie = true;
                }
            }
        }
        return best == null || tie ? word : best;
    }

    /** A known word that is {@code word} with two neighbouring letters swapped ("kpsi" → "kpis"), or null. */
    private String swappedLetters(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            char c = chars[i];
            chars[i] = chars[i + 1];
            chars[i + 1] = c;
            String candidate = new String(chars);
            chars[i + 1] = chars[i];
            chars[i] = c;
            if (words.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Orders corrections: fewer edits first; then a letter left out (the most common slip:
     * "enginer" is "engineer", not "engines" or "engine"); then the longer shared prefix.
     */
    private static long rank(String word, String candidate, int distance) {
        int shape = candidate.length() > word.length() ? 0 : candidate.length() == word.length() ? 1 : 2;
        int prefix = 0;
        while (prefix < word.length() && prefix < candidate.length() && word.charAt(prefix) == candidate.charAt(prefix)) {
            prefix++;
        }
        return distance * 10_000L + shape * 1_000L + (999 - prefix);
    }
}
