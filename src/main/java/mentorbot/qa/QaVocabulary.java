package mentorbot.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.Normalizer;

/**
 * The free-text engine's editable reading lists from {@code config/qa/}: greetings and requests for
 * help (answered with what the bot does), places (to tell US places from places abroad), job titles
 * outside the field, employers (whose hiring the guides never cover), named courses (which they never
 * recommend), synonyms and stop words for the word search.
 */
public record QaVocabulary(Set<String> greetings, Set<String> help, Places places, String synonyms,
                           Path synonymsFile, Set<String> stopWords, Set<String> englishWords, OtherJobs otherJobs,
                           Employers employers, NamedCourses courses) {

    private record ChatFile(List<String> greetings, List<String> help) {
    }

    /** Reads the files of {@code dir}; a missing or malformed one is reported with its line. */
    public static QaVocabulary load(Path dir) throws KnowledgeException {
        ChatFile chat = QaFiles.yaml(dir.resolve("chat.yaml"), ChatFile.class);
        Path synonymsFile = dir.resolve("synonyms.txt");
        String synonyms = QaFiles.text(synonymsFile);
        Set<String> stop = Set.copyOf(QaFiles.text(dir.resolve("stopwords.txt")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> english = Set.copyOf(QaFiles.text(dir.resolve("english-words.txt")).lines()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        return new QaVocabulary(normalized(chat.greetings()), normalized(chat.help()), Places.load(dir.resolve("places.yaml")),
                synonyms, synonymsFile, stop, english, OtherJobs.load(dir.resolve("other-jobs.txt")),
                Employers.load(dir.resolve("employers.txt")), NamedCourses.load(dir.resolve("courses.txt")));
    }

    private static Set<String> normalized(List<String> words) {
        return words == null ? Set.of() : Set.copyOf(words.stream().map(Normalizer::normalize).filter(w -> !w.isEmpty()).toList());
    }
}
