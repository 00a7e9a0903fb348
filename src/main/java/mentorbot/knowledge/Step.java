package mentorbot.knowledge;

import java.util.List;

/** One of the ordered steps to become an AI engineer. */
public record Step(String id, int number, String text, List<String> questions, String source) implements Entry {

    public Step {
        questions = Lists.copy(questions);
    }

    @Override
    public String title() {
        return "Step " + number + " to become an AI engineer";
    }

    @Override
    public List<String> names() {
        return List.of();
    }

    @Override
    public List<String> keywords() {
        return List.of();
    }

    @Override
    public List<String> body() {
        return List.of(text);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.step(this);
    }
}
