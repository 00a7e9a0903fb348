package mentorbot.mentor;

import mentorbot.knowledge.KnowledgeBase;

/** Names the guide an answer comes from, for reply footers. */
public final class Sources {
    private Sources() {
    }

    public static String footer(KnowledgeBase kb, String sourceId) {
        return "Source: " + kb.sourceName(sourceId) + ".";
    }
}
