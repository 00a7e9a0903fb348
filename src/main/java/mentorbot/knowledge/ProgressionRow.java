package mentorbot.knowledge;

import java.util.List;

/** One category of the skill progression table across its three levels. */
public record ProgressionRow(String id, String category, String foundational, String intermediate, String advanced,
                             List<String> questions, String source) implements Entry {

    public ProgressionRow {
        questions = Lists.copy(questions);
    }

    public String at(SkillLevel level) {
        return switch (level) {
            case FOUNDATIONAL -> foundational;
            case INTERMEDIATE -> intermediate;
            case ADVANCED -> advanced;
        };
    }

    @Override
    public String title() {
        return "Skill progression: " + category;
    }

    @Override
    public List<String> names() {
        return List.of(category);
    }

    @Override
    public List<String> keywords() {
        return List.of(foundational, intermediate, advanced);
    }

    @Override
    public List<String> body() {
        return List.of();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.progression(this);
    }
}
