package mentorbot.mentor;

/**
 * A place a question names.
 *
 * @param name       as the guides or the reading list name it ("Seattle", "london")
 * @param inUs       whether it lies in the USA, the only country the guides give pay for
 * @param guideRegion whether the guides themselves name it as a top-paying region
 */
public record Place(String name, boolean inUs, boolean guideRegion) {

    /** The names the reading gives the USA as a whole. */
    private static final java.util.Set<String> THE_US = java.util.Set.of("usa", "united states", "the us", "the states",
            "america", "stateside");

    /** The USA itself, whose figures the guides give, rather than a place inside it. */
    public boolean isTheUs() {
        return THE_US.contains(name);
    }
}
