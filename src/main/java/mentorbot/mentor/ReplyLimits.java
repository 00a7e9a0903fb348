package mentorbot.mentor;

/**
 * Sizes every reply keeps to, chosen so that each platform renders a reply without cutting it:
 * a section fits a Discord embed field (1,024) and a Slack section (3,000); the whole reply
 * fits one Discord embed (6,000) and well under Slack's 50 blocks.
 */
public final class ReplyLimits {
    public static final int TITLE = 200;
    /** The sentences that answer the question, shown first and never folded away. */
    public static final int LEAD = 350;
    public static final int INTRO = 1_000;
    public static final int SECTION = 1_000;
    public static final int SECTIONS = 12;
    public static final int FIELDS = 9;
    public static final int FIELD_LABEL = 60;
    public static final int FIELD_VALUE = 300;
    public static final int SUGGESTIONS = 5;
    public static final int SUGGESTION_LABEL = 60;
    public static final int SUGGESTION_COMMAND = 90;
    public static final int FOOTER = 300;
    /** A reply longer than this is shown folded on Slack and Discord: its lead first, the rest behind "More". */
    public static final int FOLD = 700;
    /** Fields shorter than this together stay in a folded reply (a salary range, a level). */
    public static final int FOLDED_FIELDS = 240;
    /** Title, intro, fields, sections and footer together. */
    public static final int TOTAL = 5_500;

    private ReplyLimits() {
    }
}
