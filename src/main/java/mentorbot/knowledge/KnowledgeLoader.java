package mentorbot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads every file of a knowledge directory, then validates the whole model before handing it out. */
public final class KnowledgeLoader {

    /** The files a knowledge directory holds; all are required. */
    public static final List<String> FILES = List.of(
            "roles.yaml", "responsibilities.yaml", "roadmap.yaml", "salary.yaml",
            "interview.yaml", "tools.yaml", "tips.yaml");

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public KnowledgeBase load(Path dir) throws KnowledgeException {
        var roles = read(dir, "roles.yaml", KnowledgeFiles.RolesFile.class);
        var responsibilities = read(dir, "responsibilities.yaml", KnowledgeFiles.ResponsibilitiesFile.class);
        var roadmap = read(dir, "roadmap.yaml", KnowledgeFiles.RoadmapFile.class);
        var salary = read(dir, "salary.yaml", KnowledgeFiles.SalaryFile.class);
        var interview = read(dir, "interview.yaml", KnowledgeFiles.InterviewFile.class);
        var tools = read(dir, "tools.yaml", KnowledgeFiles.TopicsFile.class);
        var tips = read(dir, "tips.yaml", KnowledgeFiles.TipsFile.class);
        return new KnowledgeValidator(roles, responsibilities, roadmap, salary, interview, tools, tips).validate();
    }

    /** A parsed file together with its text, for line numbers in later checks. */
    record Parsed<T>(SourceText source, T content) {
    }

    private <T> Parsed<T> read(Path dir, String name, Class<T> type) throws KnowledgeException {
        Path file = dir.resolve(name);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new KnowledgeException(file, 0, "file is missing (a knowledge directory needs " + FILES + ")");
        } catch (IOException e) {
            throw new KnowledgeException(file, 0, "cannot read: " + e.getMessage());
        }
        SourceText source = new SourceText(file, text.lines().toList());
        if (text.isBlank()) {
            throw new KnowledgeException(file, 1, "file is empty");
        }
        try {
            return new Parsed<>(source, yaml.readValue(text, type));
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            // Records are built once their whole entry is read, so Jackson points at the entry's end:
            // name the line of the unknown field itself.
            int reported = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = "unknown field '" + e.getPropertyName() + "' (known: " + e.getKnownPropertyIds() + ")";
            throw new KnowledgeException(file, source.lineOfFieldBefore(e.getPropertyName(), reported), reason);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new KnowledgeException(file, line, firstLine(e.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "malformed YAML" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
