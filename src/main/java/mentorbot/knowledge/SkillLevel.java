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

    /** The level after this one; none after the advanced level. */
    public java.util.Optional<SkillLevel> next() {
        return ordinal() + 1 < values().length ? java.util.Optional.of(values()[ordinal() + 1]) : java.util.Optional.empty();
    }

    /** The level with this label ("Intermediate"), if any. */
    public static java.util.Optional<SkillLevel> labelled(String label) {
        return java.util.Arrays.stream(values()).filter(l -> l.label.equals(label)).findFirst();
    }
}
