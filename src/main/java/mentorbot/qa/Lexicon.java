package mentorbot.qa;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Every word the bot knows: the knowledge model's text and the Q&A word lists. It corrects
 * typos in questions ("salry" → "salary") and tells which words are foreign to the field
 * ("plumber", "pizza"), which is how a question that merely borrows a field word is spotted.
 */
final class Lexicon {

    private static final LevenshteinDistance ONE = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO = new LevenshteinDistance(2);

    private final Set<String> words;
    /** Known words by length, for typo look-ups among words of about the same length. */
    private final Map<Integer, List<String>> byLength;

    private Lexicon(Set<String> words) {
        this.words = Set.copyOf(words);
        Map<Integer, List<String>> lengths = new HashMap<>();
        for (String w : words) {
            lengths.computeIfAbsent(w.length(), k -> new java.util.ArrayList<>()).add(w);
        }
        lengths.replaceAll((k, v) -> List.copyOf(v));
        this.byLength = Map.copyOf(lengths);
    }

    static Lexicon of(KnowledgeBase kb, QaVocabulary vocabulary) {
        Set<String> words = new HashSet<>();
        for (Object e : kb.entries()) {
            for (String text : texts(e)) {
                addWords(words, text);
            }
        }
        vocabulary.intents().values().forEach(list -> list.forEach(p -> addWords(words, p)));
        vocabulary.weakIntents().values().forEach(list -> list.forEach(p -> addWords(words, p)));
        vocabulary.generic().forEach(p -> addWords(words, p));
        vocabulary.stopWords().forEach(p -> addWords(words, p));
        addWords(words, vocabulary.synonyms().replaceAll("(?m)^#.*$", " "));
        return new Lexicon(words);
    }

    private static List<String> texts(Object e) {
        if (e instanceof Role r) {
            List<String> t = new java.util.ArrayList<>(List.of(r.title(), r.summary()));
            if (r.level() != null) t.add(r.level());
            if (r.focus() != null) t.add(r.focus());
            t.addAll(r.aliases());
            t.addAll(r.duties());
            t.addAll(r.skills());
            t.addAll(r.tools());
            t.addAll(r.examples());
            return t;
        }
        if (e instanceof Topic t) {
            List<String> out = new java.util.ArrayList<>(List.of(t.title(), t.summary()));
            out.addAll(t.points());
            out.addAll(t.keywords());
            return out;
        }
        if (e instanceof Faq f) {
            List<String> out = new java.util.ArrayList<>(List.of(f.question(), f.answer()));
            out.addAll(f.points());
            out.addAll(f.keywords());
            return out;
        }
        if (e instanceof Responsibility r) {
            List<String> out = new java.util.ArrayList<>(List.of(r.title(), r.summary(), r.interviewFocus(),
                    r.inPractice() == null ? "" : r.inPractice()));
            r.levelExamples().forEach(x -> out.add(x.level() + " " + x.example()));
            return out;
        }
        if (e instanceof ProgressionRow p) {
            return List.of(p.category(), p.foundational(), p.intermediate(), p.advanced());
        }
        if (e instanceof Step s) {
            return List.of(s.text());
        }
        if (e instanceof SalaryBand b) {
            List<String> out = new java.util.ArrayList<>(List.of(b.level()));
            out.addAll(b.aliases());
            return out;
        }
        return List.of();
    }

    private static void addWords(Set<String> out, String text) {
        for (String w : Normalizer.normalize(text).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    boolean knows(String word) {
        return words.contains(word) || word.chars().allMatch(Character::isDigit);
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
