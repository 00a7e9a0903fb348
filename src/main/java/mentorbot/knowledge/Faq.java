package mentorbot.knowledge;

import java.util.List;

/** An interview or career question with its answer. */
public record Faq(
        String id,
        String label,
        String question,
        String answer,
        List<String> points,
        List<String> keywords,
        List<String> related,
        String source) {

    public Faq {
        points = Lists.copy(points);
        keywords = Lists.copy(keywords);
        related = Lists.copy(related);
    }
}
