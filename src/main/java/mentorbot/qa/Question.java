package mentorbot.qa;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Terms;

/**
 * A question read once: typos corrected; what it names (roles, level, region); what it asks for
 * (intents, and which of them only weak words suggested); whether it points back at an earlier
 * subject; whether it is anchored in the field or carries foreign words; and the words left once
 * names and intent words are taken out, which say what specific topic it is about.
 */
record Question(String normalized, List<String> words, Terms.Scan names, Set<Intent> intents, Set<Intent> weakOnly,
                boolean followUp, boolean refersBack, boolean domainWord, boolean offTopic, List<String> foreign,
                String residual) {

    /** Pronouns and openers that point back at the previous subject. */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "that", "this", "they", "them", "their",
            "those", "these", "he", "she", "its", "thats", "one");
    private static final List<String> FOLLOW_UP_OPENERS = List.of("and ", "what about ", "how about ", "and what ",
            "also ", "same for ", "so ");

    /** Intents whose words are also what a topic is about ("where", "interview"): they stay in the residual. */
    private static final Set<Intent> CONTENT_INTENTS = EnumSet.of(Intent.REGIONS, Intent.INTERVIEW);

    static Question read(String text, Terms terms, QaVocabulary vocabulary, Lexicon lexicon) {
        String asTyped = Normalizer.normalize(text);
        List<String> words = new ArrayList<>();
        for (String w : asTyped.split(" ")) {
            if (!w.isEmpty()) {
                words.add(lexicon.correct(w));
            }
        }
        String normalized = String.join(" ", words);
        String padded = " " + normalized + " ";
        Terms.Scan names = terms.scan(normalized);
        boolean namesSomething = names.role().isPresent() || names.band().isPresent() || names.skill().isPresent()
                || names.region().isPresent();

        // Intents are read with the role names taken out: "deep learning engineer" asks nothing about learning.
        String withoutRoles = padded;
        for (Role r : names.roles()) {
            withoutRoles = withoutName(withoutRoles, r);
        }
        EnumSet<Intent> intents = EnumSet.noneOf(Intent.class);
        Set<String> triggerWords = new HashSet<>();
        collect(vocabulary.intents(), withoutRoles, intents, triggerWords);
        EnumSet<Intent> weak = EnumSet.noneOf(Intent.class);
        if (namesSomething) {
            collect(vocabulary.weakIntents(), withoutRoles, weak, triggerWords);
        }
        EnumSet<Intent> weakOnly = EnumSet.copyOf(weak.isEmpty() ? EnumSet.noneOf(Intent.class) : weak);
        weakOnly.removeAll(intents);
        intents.addAll(weak);

        boolean refersBack = FOLLOW_UP_OPENERS.stream().anyMatch(padded.stripLeading()::startsWith)
                || words.stream().anyMatch(BACK_REFERENCES::contains);
        boolean followUp = refersBack || (words.size() <= 3 && names.role().isEmpty());

        String stemmed = " " + Stems.of(normalized) + " ";
        boolean domainWord = containsAny(stemmed, vocabulary.domain());
        // Off-topic words are looked for as typed too: a correction must not turn "movie" into "move".
        boolean offTopic = containsAny(stemmed, vocabulary.offTopic())
                || containsAny(" " + Stems.of(asTyped) + " ", vocabulary.offTopic());
        List<String> foreign = words.stream().filter(w -> w.length() >= 3 && !lexicon.knows(w)).toList();

        Set<String> nameWords = new HashSet<>();
        names.roles().forEach(r -> addWords(nameWords, r));
        names.band().ifPresent(b -> addWords(nameWords, b));
        names.region().ifPresent(g -> nameWords.addAll(List.of(Normalizer.normalize(g).split(" "))));
        names.skill().ifPresent(s -> nameWords.add(Normalizer.normalize(s.label())));
        List<String> residual = new ArrayList<>();
        for (String w : words) {
            boolean number = w.chars().anyMatch(Character::isDigit); // "3", "5th", "2024": never a topic
            if (!number && !nameWords.contains(w) && !triggerWords.contains(w) && !vocabulary.generic().contains(w)
                    && !vocabulary.stopWords().contains(w)) {
                residual.add(w);
            }
        }
        return new Question(normalized, List.copyOf(words), names, intents, weakOnly, followUp, refersBack, domainWord,
                offTopic, foreign, String.join(" ", residual));
    }

    private static void collect(Map<Intent, List<String>> lexicon, String padded, Set<Intent> found, Set<String> triggers) {
        for (Map.Entry<Intent, List<String>> e : lexicon.entrySet()) {
            for (String phrase : e.getValue()) {
                if (padded.contains(" " + phrase + " ")) {
                    found.add(e.getKey());
                    if (!CONTENT_INTENTS.contains(e.getKey())) {
                        triggers.addAll(List.of(phrase.split(" ")));
                    }
                }
            }
        }
    }

    /** The padded text with every name of the role (longest first) replaced by a gap. */
    private static String withoutName(String padded, Role role) {
        List<String> names = new ArrayList<>();
        names.add(Normalizer.normalize(role.title()));
        role.aliases().forEach(a -> names.add(Normalizer.normalize(a)));
        names.add(Normalizer.normalize(role.title() + "s"));
        names.sort((a, b) -> Integer.compare(b.length(), a.length()));
        String out = padded;
        for (String name : names) {
            if (!name.isEmpty()) {
                out = out.replace(" " + name + " ", " | ");
            }
        }
        return out;
    }

    private static void addWords(Set<String> out, Role role) {
        out.addAll(List.of(Normalizer.normalize(role.title()).split(" ")));
        role.aliases().forEach(a -> out.addAll(List.of(Normalizer.normalize(a).split(" "))));
    }

    private static void addWords(Set<String> out, SalaryBand band) {
        out.addAll(List.of(Normalizer.normalize(band.level()).split(" ")));
        band.aliases().forEach(a -> out.addAll(List.of(Normalizer.normalize(a).split(" "))));
    }

    private static boolean containsAny(String padded, Set<String> phrases) {
        for (String p : phrases) {
            if (padded.contains(" " + p + " ")) {
                return true;
            }
        }
        return false;
    }

    boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /** The intent was asked for in so many words, not only suggested by a weak word such as "make". */
    boolean hasStrong(Intent intent) {
        return intents.contains(intent) && !weakOnly.contains(intent);
    }

    boolean namesSubject() {
        return names.role().isPresent() || names.band().isPresent() || names.skill().isPresent() || names.region().isPresent();
    }
}
