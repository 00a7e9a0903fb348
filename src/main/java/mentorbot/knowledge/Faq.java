package mentorbot.knowledge;

import java.util.ArrayList;
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
        List<String> questions,
        String source) implements Entry {

    public Faq {
        points = Lists.copy(points);
        keywords = Lists.copy(keywords);
        related = Lists.copy(related);
        questions = Lists.copy(questions);
    }

    @Override
    public String title() {
        return question;
    }

    @Override
    public List<String> names() {
        return List.of(question);
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>(points);
        out.add(0, answer);
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.faq(this);
    }
}
