package mentorbot.knowledge;

/** The three columns of the skill progression table. */
public enum SkillLevel {
    FOUNDATIONAL("Foundational"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
