package mentorbot.knowledge;

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
        String source) {

    public Responsibility {
        levelExamples = Lists.copy(levelExamples);
    }

    /** What an engineer at one level does for this responsibility. */
    public record LevelExample(String level, String example) {
    }
}
