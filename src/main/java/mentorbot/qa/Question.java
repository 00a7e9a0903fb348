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
 * A question read once: its words, what it names (role, level, region), what it asks for
 * (intents), whether it leans on earlier context, and the words left once all that is removed.
 */
record Question(String normalized, List<String> words, Terms.Scan names, Set<Intent> intents,
                boolean followUp, boolean refersBack, boolean anchored, boolean offTopic, String residual) {

    /** Pronouns and openers that point back at the previous subject. */
    private static final Set<String> BACK_REFERENCES = Set.of("it", "that", "this", "they", "them", "their",
            "those", "these", "he", "she", "there", "its", "thats");
    private static final List<String> FOLLOW_UP_OPENERS = List.of("and ", "what about ", "how about ", "and what ",
            "also ", "same for ", "so ");

    /** Intents that place a question in the bot's field by themselves. */
    private static final Set<Intent> ANCHORING = EnumSet.of(Intent.SALARY, Intent.INTERVIEW, Intent.ROADMAP);

    static Question read(String text, Terms terms, QaVocabulary vocabulary) {
        String normalized = Normalizer.normalize(text);
        List<String> words = List.of(normalized.split(" "));
        String padded = " " + normalized + " ";
        Terms.Scan names = terms.scan(normalized);
        boolean namesSomething = names.role().isPresent() || names.band().isPresent() || names.skill().isPresent()
                || names.region().isPresent();

        EnumSet<Intent> intents = EnumSet.noneOf(Intent.class);
        Set<String> triggerWords = new HashSet<>();
        for (Map.Entry<Intent, List<String>> e : vocabulary.intents().entrySet()) {
            for (String phrase : e.getValue()) {
                if (padded.contains(" " + phrase + " ")) {
                    intents.add(e.getKey());
                    triggerWords.addAll(List.of(phrase.split(" ")));
                }
            }
        }
        if (namesSomething) {
            for (Map.Entry<Intent, List<String>> e : vocabulary.weakIntents().entrySet()) {
                for (String phrase : e.getValue()) {
                    if (padded.contains(" " + phrase + " ")) {
                        intents.add(e.getKey());
                        triggerWords.addAll(List.of(phrase.split(" ")));
                    }
                }
            }
        }

        boolean refersBack = FOLLOW_UP_OPENERS.stream().anyMatch(padded.stripLeading()::startsWith)
                || words.stream().anyMatch(BACK_REFERENCES::contains);
        boolean followUp = refersBack || (words.size() <= 3 && !names.role().isPresent());

        String stemmed = " " + Stems.of(normalized) + " ";
        boolean domainWord = containsAny(stemmed, vocabulary.domain());
        boolean offTopic = containsAny(stemmed, vocabulary.offTopic());
        boolean anchored = namesSomething || domainWord || intents.stream().anyMatch(ANCHORING::contains);

        Set<String> nameWords = new HashSet<>();
        names.role().ifPresent(r -> addWords(nameWords, r));
        names.band().ifPresent(b -> addWords(nameWords, b));
        names.region().ifPresent(g -> nameWords.addAll(List.of(Normalizer.normalize(g).split(" "))));
        names.skill().ifPresent(s -> nameWords.add(Normalizer.normalize(s.label())));
        List<String> residual = new ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty() && !nameWords.contains(w) && !triggerWords.contains(w) && !vocabulary.generic().contains(w)
                    && !vocabulary.stopWords().contains(w)) {
                residual.add(w);
            }
        }
        return new Question(normalized, words, names, intents, followUp, refersBack, anchored, offTopic,
                String.join(" ", residual));
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

    boolean namesSubject() {
        return names.role().isPresent() || names.band().isPresent() || names.skill().isPresent() || names.region().isPresent();
    }
}
