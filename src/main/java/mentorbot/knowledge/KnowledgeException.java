package mentorbot.knowledge;

import java.nio.file.Path;

/** A knowledge file that cannot be loaded, with where and why. */
public final class KnowledgeException extends Exception {

    private final Path file;
    private final int line;
    private final String reason;

    public KnowledgeException(Path file, int line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** One-based line, or 0 when the problem is not tied to a line (a missing file). */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
