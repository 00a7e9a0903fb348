package mentorbot.knowledge;

/** A daily learning tip and the entry it comes from. */
public record Tip(String id, String text, String topic) {
}
