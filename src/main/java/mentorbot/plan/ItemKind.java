package mentorbot.plan;

/** What a plan item is, in the order a plan lists them. */
public enum ItemKind {
    SKILL("Skills"),
    PROJECT("Portfolio projects"),
    STEP("Steps"),
    HABIT("Habits");

    private final String heading;

    ItemKind(String heading) {
        this.heading = heading;
    }

    /** The heading of the plan's part that lists items of this kind. */
    public String heading() {
        return heading;
    }
}
