package mentorbot.qa;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeException;

/**
 * The employers of {@code config/qa/employers.txt}, and whether a question asks for employers by name or how one of
 * them hires or interviews ("I'm a new grad applying to OpenAI. do they actually hire juniors?", "what does
 * Databricks' interview process look like?"). The guides speak of no employer's hiring, so such a question is
 * declined however much it sounds like an interview or level question; naming an employer beside a general question
 * ("I have a Google interview. what do AI engineer interviews evaluate?") is not asking about it.
 */
final class Employers {

    /** Hiring or interviewing, asked of "they", "their" or the employer itself (put in as {@code EMPLOYER}). */
    private static final String ASKS = "\\b(?:do|does|did|will|would|are|is|can)\\s+(?:they|EMPLOYER)\\s+(?:\\w+\\s+)?"
            + "(?:hire|hiring|recruit|recruiting|sponsor|sponsoring|accept|take on|interview|interviewing)\\b"
            + "|\\b(?:their|EMPLOYER s|EMPLOYER)\\s+(?:\\w+\\s+)?(?:interview|interviews|hiring|recruiting|application|onsite|loop)"
            + "\\s+(?:process|loop|rounds?|bar|timeline|pipeline|questions|format|look like|like)\\b"
            + "|\\bEMPLOYER\\s+(?:hire|hires|hiring|recruits?|recruiting)\\b"
            // "how many rounds do they do?", "can you list their leadership principles?"
            + "|\\bhow many (?:interview )?(?:rounds|stages|interviews)\\b"
            + "|\\b(?:their|EMPLOYER s|EMPLOYER) (?:leadership principles|values|culture|hiring bar)\\b"
            + "|\\bget (?:in|into|hired (?:at|by))\\s+EMPLOYER\\b";

    private final Pattern named;
    private final Pattern asks;

    private Employers(Pattern named, Pattern asks) {
        this.named = named;
        this.asks = asks;
    }

    static Employers load(Path file) throws KnowledgeException {
        List<String> names = QaFiles.names(file);
        if (names.isEmpty()) {
            return new Employers(null, null);
        }
        String employer = QaFiles.anyOf(names);
        return new Employers(Pattern.compile("\\b" + employer + "\\b"), Pattern.compile(ASKS.replace("EMPLOYER", employer)));
    }

    /**
     * Whether the asking sentences ask for employers by name, or the message names an employer and its asking sentences
     * ask how it (or "they") hires or interviews; both texts normalised.
     */
    boolean hiringAsked(String message, String asking) {
        return NAME_THEM.matcher(asking).find() || named != null && named.matcher(message).find() && asks.matcher(asking).find();
    }

    /**
     * Asking for employers by name: "which specific companies are hiring genai devs here?", "name some companies that
     * hire juniors". The guides say which industries hire, never which companies.
     */
    private static final Pattern NAME_THEM = Pattern.compile(
            "\\b(?:which|what|name|list|recommend)(?: me)?(?: some| a few| the)? (?:specific|particular|actual|exact|good) (?:companies|employers|firms|startups)\\b"
                    + "|\\b(?:name|list)(?: me)?(?: some| a few| the)? (?:companies|employers|firms|startups)\\b");
}
