package mentorbot.mentor.answer;

/** Names the seed guides for reply footers. */
final class Sources {
    private Sources() {
    }

    static String footer(String source) {
        String guide = switch (source == null ? "" : source) {
            case "seed-ai-developer" -> "the AI developer guide";
            case "seed-ai-engineer" -> "the AI engineer career guide";
            case "seed-genai-developer" -> "the generative AI developer guide";
            default -> "the career guides";
        };
        return "Source: " + guide + ".";
    }
}
