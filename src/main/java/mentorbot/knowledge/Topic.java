package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A general piece of knowledge: a title, a short summary and optional points. */
public record Topic(
        String id,
        String title,
        String summary,
        List<String> points,
        List<String> keywords,
        List<String> related,
        List<String> questions,
        String source) implements Entry {

    public Topic {
        points = Lists.copy(points);
        keywords = Lists.copy(keywords);
        related = Lists.copy(related);
        questions = Lists.copy(questions);
    }

    @Override
    public List<String> names() {
        return List.of(title);
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>(points);
        out.add(0, summary);
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.topic(this);
    }
}
