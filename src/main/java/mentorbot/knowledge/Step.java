package mentorbot.knowledge;

/** One of the ordered steps to become an AI engineer. */
public record Step(String id, int number, String text) {
}
