package mentorbot.knowledge;

/** One category of the skill progression table across its three levels. */
public record ProgressionRow(String id, String category, String foundational, String intermediate, String advanced) {

    public String at(SkillLevel level) {
        return switch (level) {
            case FOUNDATIONAL -> foundational;
            case INTERMEDIATE -> intermediate;
            case ADVANCED -> advanced;
        };
    }
}
