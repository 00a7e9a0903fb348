package mentorbot.mentor;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A reply as plain text: the console, {@code ask}, daily tips on the console, and the notification
 * text of platform messages all use this one rendering.
 */
public final class PlainTextRenderer {

    /** Everything but the title: intro, fields, sections, suggestions, footer. */
    public String body(Reply reply) {
        StringBuilder out = new StringBuilder();
        if (!reply.opening().isEmpty()) {
            out.append(reply.opening()).append("\n");
        }
        if (!reply.fields().isEmpty()) {
            out.append("\n");
            for (Reply.Field f : reply.fields()) {
                out.append(f.label()).append(": ").append(f.value()).append("\n");
            }
        }
        for (Reply.Section s : reply.sections()) {
            out.append("\n");
            if (!s.heading().isEmpty()) {
                out.append(s.heading()).append("\n");
            }
            if (!s.text().isEmpty()) {
                out.append(s.text()).append("\n");
            }
            for (String item : s.items()) {
                out.append("  • ").append(item).append("\n");
            }
        }
        List<Reply.Suggestion> next = reply.suggestions();
        if (!next.isEmpty()) {
            out.append("\nTry: ").append(next.stream().map(n -> n.action().typed()).collect(Collectors.joining("  ·  ")))
                    .append("\n");
        }
        if (!reply.footer().isEmpty()) {
            out.append("\n").append(reply.footer()).append("\n");
        }
        return out.toString().stripTrailing();
    }

    /** Title underlined, then the body. */
    public String render(Reply reply) {
        return reply.title() + "\n" + "─".repeat(Math.min(reply.title().length(), 60)) + "\n" + body(reply) + "\n";
    }
}
