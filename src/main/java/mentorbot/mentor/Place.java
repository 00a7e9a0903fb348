package mentorbot.mentor;

/**
 * A place a question names.
 *
 * @param name       as the guides or the reading list name it ("Seattle", "london")
 * @param inUs       whether it lies in the USA, the only country the guides give pay for
 * @param guideRegion whether the guides themselves name it as a top-paying region
 */
public record Place(String name, boolean inUs, boolean guideRegion) {
}
