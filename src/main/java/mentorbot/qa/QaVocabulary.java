package mentorbot.qa;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mentorbot.knowledge.Normalizer;

/**
 * The free-text engine's editable word lists from {@code config/qa/}: intent phrases, domain
 * anchors and off-topic markers (both held as word stems), synonyms and stop words.
 */
public record QaVocabulary(Map<Intent, List<String>> intents, Map<Intent, List<String>> weakIntents,
                           Set<String> domain, Set<String> offTopic, Set<String> generic, String synonyms,
                           Set<String> stopWords) {

    private record IntentWords(List<String> words, List<String> weak) {
    }

    private record IntentsFile(Map<String, IntentWords> intents, List<String> domain, List<String> offTopic,
                               List<String> generic) {
    }

    public static QaVocabulary load(Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Path intentsFile = dir.resolve("intents.yaml");
        IntentsFile file;
        try {
            file = yaml.readValue(Files.readString(intentsFile), IntentsFile.class);
        } catch (IOException e) {
            throw new IOException(intentsFile + ": " + e.getMessage(), e);
        }
        Map<Intent, List<String>> strong = new EnumMap<>(Intent.class);
        Map<Intent, List<String>> weak = new EnumMap<>(Intent.class);
        for (var e : file.intents().entrySet()) {
            Intent intent;
            try {
                intent = Intent.parse(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new IOException(intentsFile + ": unknown intent '" + e.getKey() + "' (known: "
                        + List.of(Intent.values()) + ")");
            }
            strong.put(intent, normalized(e.getValue().words()));
            weak.put(intent, normalized(e.getValue().weak()));
        }
        String synonyms = Files.readString(dir.resolve("synonyms.txt"));
        Set<String> stop = Set.copyOf(Files.readAllLines(dir.resolve("stopwords.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        return new QaVocabulary(Map.copyOf(strong), Map.copyOf(weak), stemmed(file.domain()),
                stemmed(file.offTopic()), Set.copyOf(normalized(file.generic())), synonyms, stop);
    }

    private static Set<String> stemmed(List<String> words) {
        return Set.copyOf(normalized(words).stream().map(Stems::of).toList());
    }

    private static List<String> normalized(List<String> words) {
        return words == null ? List.of() : words.stream().map(Normalizer::normalize).filter(w -> !w.isEmpty()).distinct().toList();
    }
}
