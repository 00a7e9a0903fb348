package mentorbot.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeException;

/** Reads the files of {@code config/qa/}, reporting a problem as the knowledge files do: file, line, reason. */
final class QaFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private QaFiles() {
    }

    static String text(Path file) throws KnowledgeException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KnowledgeException(file, 0, "file is missing");
        } catch (IOException e) {
            throw new KnowledgeException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    /** A list of names, one per line ("#" comments), normalised, longest first so a pattern of them prefers the longest. */
    static List<String> names(Path file) throws KnowledgeException {
        List<String> names = new ArrayList<>(text(file).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(mentorbot.knowledge.Normalizer::normalize).filter(n -> !n.isEmpty()).distinct().toList());
        names.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(names);
    }

    /** A regular expression group matching any of the names literally. */
    static String anyOf(List<String> names) {
        return "(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")";
    }

    static <T> T yaml(Path file, Class<T> type) throws KnowledgeException {
        String text = text(file);
        try {
            T value = YAML.readValue(text, type);
            if (value == null) {
                throw new KnowledgeException(file, 1, "file is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String m = e.getOriginalMessage() == null ? "malformed YAML" : e.getOriginalMessage().strip();
            throw new KnowledgeException(file, line, m.contains("\n") ? m.substring(0, m.indexOf('\n')) : m);
        }
    }
}
