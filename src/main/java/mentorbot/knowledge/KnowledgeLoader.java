package mentorbot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads every {@code *.yaml} file of a knowledge directory (in name order), then validates the
 * whole model before handing it out. Any file may hold any section, so adding a file needs no code.
 */
public final class KnowledgeLoader {

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    public KnowledgeBase load(Path dir) throws KnowledgeException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new KnowledgeException(dir, 0, "cannot list the knowledge directory: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new KnowledgeException(dir, 0, "no .yaml knowledge files in this directory");
        }
        List<Parsed> parsed = new ArrayList<>();
        for (Path file : files) {
            parsed.add(read(file));
        }
        return new KnowledgeValidator(parsed).validate();
    }

    /** A parsed file together with its text, for line numbers in later checks. */
    record Parsed(SourceText source, KnowledgeFiles.KnowledgeFile content) {
    }

    private Parsed read(Path file) throws KnowledgeException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KnowledgeException(file, 0, "cannot read: " + e.getMessage());
        }
        SourceText source = new SourceText(file, text.lines().toList());
        if (text.isBlank()) {
            throw new KnowledgeException(file, 1, "file is empty");
        }
        try {
            return new Parsed(source, yaml.readValue(text, KnowledgeFiles.KnowledgeFile.class));
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
