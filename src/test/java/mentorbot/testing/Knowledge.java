package mentorbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.KnowledgeLoader;

/** The real knowledge directory (tests run from the project root) and writable copies of it. */
public final class Knowledge {
    public static final Path DIR = Path.of("config/knowledge");
    public static final Path QA_DIR = Path.of("config/qa");

    private static KnowledgeBase real;

    private Knowledge() {
    }

    /** The real model, loaded once per test JVM. */
    public static synchronized KnowledgeBase real() {
        if (real == null) {
            try {
                real = new KnowledgeLoader().load(DIR);
            } catch (KnowledgeException e) {
                throw new AssertionError("the real knowledge files do not load: " + e.getMessage(), e);
            }
        }
        return real;
    }

    /** Copies every knowledge file into {@code target} (created if needed) and returns it. */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            try (var files = Files.list(DIR)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1-based line number of the first line of {@code text} containing {@code needle}; fails if absent. */
    public static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' not found in the text");
    }
}
