package mentorbot.knowledge;

import java.util.List;

/** A general piece of knowledge: a title, a short summary and optional points. */
public record Topic(
        String id,
        String title,
        String summary,
        List<String> points,
        List<String> keywords,
        List<String> related,
        String source) {

    public Topic {
        points = Lists.copy(points);
        keywords = Lists.copy(keywords);
        related = Lists.copy(related);
    }
}
