package mentorbot.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one knowledge file, kept so that checks made after parsing (duplicate ids,
 * dangling references) can still name the line they are about.
 */
record SourceText(Path path, List<String> lines) {

    /** Line (1-based) of the n-th (0-based) {@code id: value} in the file; 0 when not found. */
    int lineOfId(String id, int occurrence) {
        Pattern p = Pattern.compile("^\\s*(-\\s*)?id:\\s*[\"']?" + Pattern.quote(id) + "[\"']?\\s*(#.*)?$");
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches() && seen++ == occurrence) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Line of the first mention of {@code token} at or after the entry {@code ownerId}; 0 when not found. */
    int lineOfMention(String ownerId, String token) {
        int start = Math.max(lineOfId(ownerId, 0) - 1, 0);
        Pattern p = Pattern.compile("(^|[^A-Za-z0-9-])" + Pattern.quote(token) + "($|[^A-Za-z0-9-])");
        for (int i = start; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return start + 1;
    }

    /** Line of the last {@code field:} at or before {@code line} (1-based); {@code line} itself when not found. */
    int lineOfFieldBefore(String field, int line) {
        Pattern p = Pattern.compile("^\\s*(-\\s*)?" + Pattern.quote(field) + "\\s*:");
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            if (p.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return line;
    }
}
