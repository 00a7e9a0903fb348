package mentorbot.mentor.salary;

import java.util.Optional;
import java.util.regex.Pattern;
import mentorbot.knowledge.Anchor;

/**
 * "My parents think AI is a bubble and that I'm throwing away a stable career. What do I tell them?": a claim that
 * the field is a bubble, a fad or about to crash, put up to be judged, is answered by the outlook the guides give,
 * however personal the story around it. Only the field itself makes such a claim: "the hype says coding assistants make
 * you twice as fast" is about the assistants.
 */
public final class MarketClaims {

    private static final String FIELD = "(?:ai|artificial intelligence|gen ai|genai|generative ai|ai engineering|ai development"
            + "|the (?:ai |tech )?(?:field|industry|market|job market)|this field|ai (?:jobs|careers?|roles|hiring))";
    private static final String DOOM = "(?:(?:a |one big |just a |just |all |pure )?(?:bubble|fad|hype|hype cycle|overhyped|over hyped)"
            + "|(?:dying|saturated|drying up|overcrowded)"
            + "|(?:will|would|is going to|going to|gonna|about to) (?:crash|pop|burst|collapse|die|dry up|disappear|vanish|go away|fizzle))";
    /** The field, then within a few words what it is said to be or about to do. */
    private static final Pattern CLAIM = Pattern.compile("\\b" + FIELD + "\\b(?: \\w+){0,3}? " + DOOM + "\\b");
    private static final Pattern GENERATIVE = Pattern.compile("\\b(?:gen ai|genai|generative)\\b");

    private MarketClaims() {
    }

    /** The outlook that judges the claim a normalised asking text puts up, if it puts one up. */
    public static Optional<Anchor> judged(String asking) {
        if (!CLAIM.matcher(asking).find()) {
            return Optional.empty();
        }
        return Optional.of(GENERATIVE.matcher(asking).find() ? Anchor.GENAI_MARKET : Anchor.DEMAND_OUTLOOK);
    }
}
