package mentorbot.qa;

import java.util.regex.Pattern;
import mentorbot.mentor.Shape;

/** Tells how a question is put from its wording: a comparison, a number to judge, a choice, a situation… */
final class Shapes {

    /** Two things either side of an "or" set side by side; "a fine-tune or two", "a year or so" set nothing apart. */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b(vs|versus|compared? (to|with)|comparison|difference|differences|differ|different from|better than"
                    + "|more than|or a|or an|or the|between)\\b|\\w\\s+or\\s+(?!(two|three|so|more|less|not|something|whatever|other|another|later|sooner)\\b)\\w.*\\b(which|better|more|harder|easier|prefer|pick|choose)\\b"
                    + "|\\b(which|what) (is|one is|pays|needs|requires|comes) (more|better|higher|first|harder)\\b.*\\bor\\b");
    private static final Pattern JUDGEMENT = Pattern.compile(
            "\\b(fair|reasonable|realistic|plausible|legit|lowball|lowballed|underpaid|overpaid|too (high|low|much|little)"
                    + "|is (that|this|it) (true|right|correct|accurate|good|normal|enough|a lot)|true\\b|myth|really true"
                    + "|someone (said|told)|told me|i heard|i read|claims?|claimed|sounds (low|high|right)|overhyped|exaggerat"
                    + "|good offer|decent|normal range|in range|am i being)\\b");
    private static final Pattern CHOICE = Pattern.compile(
            "\\b(which|what) (role|title|job|path|career|position|specialization|specialisation|niche|tool|api|platform"
                    + "|framework|project|city|industry|company|bucket|route|track|cert|certification)s?\\b.*\\b(fit|fits|suit|suits"
                    + "|should|for me|best|pick|choose|match|target|aim)\\b|\\bi (want|wanna|would like|d like|'d like) to (work|build|do|make|focus|specialize|specialise)\\b"
                    + "|\\bi('d| would) rather\\b|\\bi (like|love|enjoy)\\b|\\bi('m| am) (into|interested|passionate|fascinated)\\b"
                    + "|\\bdream job\\b|\\bwhat should i (aim|target|pick|choose|go for|specialize|specialise|focus)\\b");
    private static final Pattern SITUATION = Pattern.compile(
            "\\b(i'?m|i am|i've|i have|i was|i work|i did|i do|i studied|i graduated|i finished|i never|i dropped|i switched"
                    + "|my background|my degree|currently|coming from|i've been|been (a|an|working)|years? (as|of|in)|yoe)\\b"
                    // chat-style stories without the "I": "dropped out of uni…", "QA analyst here, 6 yrs…", "self-taught, no degree…"
                    + "|^(dropped out|been (\\w+ing)|working as|worked as|self[- ]taught|bootcamp grad|new grad|fresh grad|career changer"
                    + "|laid off|switching from|moving from|no degree|no cs degree|never finished|ex-\\w+|former|retired)\\b"
                    + "|^[\\w/ -]{2,40}\\b(here|by trade)\\b[,.!]");
    private static final Pattern VERB = Pattern.compile(
            "\\b(is|are|do|does|did|can|should|would|could|will|what|how|which|where|why|who|when|tell|explain|list|give|need)\\b");

    private Shapes() {
    }

    /** Words of an asking sentence that weigh the two things a story named ("…ML or LLM work. Which pays more?"). */
    private static final Pattern WEIGHS = Pattern.compile(
            "\\b(which|better|best|more|less|most|harder|easier|higher|lower|faster|prefer|pick|choose|compare|difference|than|vs|versus|or|either|both)\\b");

    /**
     * @param lower  the question lower-cased, punctuation kept
     * @param asking the asking sentence lower-cased: two things named in a story before it are compared only
     *               when it weighs them ("torn between ML or LLM work. Where is demand heading?" asks the outlook)
     */
    static Shape of(String lower, String asking, int words, boolean amounts) {
        if (COMPARISON.matcher(lower).find() && (asking.equals(lower) || COMPARISON.matcher(asking).find() || WEIGHS.matcher(asking).find())) {
            return Shape.COMPARISON;
        }
        if (amounts || JUDGEMENT.matcher(lower).find()) {
            return Shape.JUDGEMENT;
        }
        if (CHOICE.matcher(lower).find()) {
            return Shape.CHOICE;
        }
        if (SITUATION.matcher(lower).find()) {
            return Shape.SITUATION;
        }
        if (words <= 4 && !VERB.matcher(lower).find()) {
            return Shape.FRAGMENT;
        }
        return Shape.LOOKUP;
    }
}
