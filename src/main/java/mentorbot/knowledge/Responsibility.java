package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** One of the eight numbered AI-engineer responsibilities, with how interviews test it. */
public record Responsibility(
        String id,
        int number,
        String title,
        String summary,
        String interviewFocus,
        List<LevelExample> levelExamples,
        String inPractice,
        List<String> questions,
        String source) implements Entry {

    public Responsibility {
        levelExamples = Lists.copy(levelExamples);
        questions = Lists.copy(questions);
    }

    /** What an engineer at one level does for this responsibility. */
    public record LevelExample(String level, String example) {
    }

    @Override
    public List<String> names() {
        return List.of(title);
    }

    /** How interviews test it is what people ask about, so it counts like keywords. */
    @Override
    public List<String> keywords() {
        return List.of(interviewFocus);
    }

    @Override
    public List<String> body() {
        List<String> out = new ArrayList<>();
        out.add(summary);
        levelExamples.forEach(e -> out.add(e.level() + " " + e.example()));
        if (inPractice != null) {
            out.add(inPractice);
        }
        return out;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.responsibility(this);
    }
}
