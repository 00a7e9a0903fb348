package mentorbot.qa;

import java.util.regex.Pattern;

/**
 * "…my retriever always returns an empty list even though I added 200 docs. why is that happening?": a fault in the
 * asker's own code or training run, told and asked to be explained or fixed, is a debugging request however much its
 * words (RAG, LangChain, fine-tuning) belong to the field. Both must be there: "my interviews keep going wrong, what am
 * I doing wrong?" tells no fault of code, and "my model returns an empty list" asks nothing.
 */
final class CodeTrouble {

    /** What code or a training run does wrong: an error, a crash, empty or garbage output. */
    private static final Pattern FAULT = Pattern.compile("\\b(?:error|errors|exception|traceback|stack trace|segfault|crash|crashes|crashing"
            + "|ooms?|ooming|out of memory|nan|bug|bugs|(?:returns?|returning|gives?|giving|outputs?|outputting|comes? back|spits? out)"
            + " (?:an? |only |just |all )?(?:empty|nothing|none|null|gibberish|garbage|nonsense|zeros|the same)"
            + "|empty (?:list|array|result|results|response|string)|won t (?:compile|run|load|train|converge)"
            + "|doesn t (?:compile|run|load|train|converge)|(?:loss|accuracy) (?:is |stays |stuck )?(?:stuck|nan|flat))\\b");
    /** Asking why it happens or how to fix it. */
    private static final Pattern FIX_ASKED = Pattern.compile("\\b(?:how (?:do|can|should|would) i (?:fix|debug|solve|resolve|get rid of|stop)"
            + "|why (?:is|does|do|would|is it|does it) (?:that|this|it|my \\w+)(?: \\w+){0,2} (?:happen|happening|doing that|going on)"
            + "|why (?:is|does) (?:that|this|it) happen|what(?: s| is)? (?:causing|wrong with) (?:it|this|that|my)|what (?:is|could be) causing"
            + "|what (?:hyperparameters|learning rate|batch size) should i|(?:help )?(?:me )?fix (?:it|this|that)|any fix|how to fix)\\b");

    private CodeTrouble() {
    }

    /** Whether a normalised message tells a fault in code and its normalised asking sentences ask to explain or fix it. */
    static boolean asked(String normalized, String asking) {
        return FIX_ASKED.matcher(asking).find() && FAULT.matcher(normalized).find();
    }
}
