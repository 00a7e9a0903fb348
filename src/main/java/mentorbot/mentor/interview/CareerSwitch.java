package mentorbot.mentor.interview;

import java.util.regex.Pattern;
import mentorbot.mentor.Question;

/**
 * Someone with no technical background asking whether they can get into the field ("dental hygienist, zero tech
 * experience. Can I jump straight into an AI engineer role?"). The guides answer that once, for the career switcher;
 * the card of the role named would describe the role and never say how hard the way in is.
 */
final class CareerSwitch {

    /** The story tells of no technical background: no coding, never written code, a non-tech job. */
    private static final Pattern NO_BACKGROUND = Pattern.compile(
            "\\b(?:(?:no|zero|without any|without|little|not much|0)\\s+(?:\\w+\\s+)?(?:tech|coding|programming|technical|software|it|cs|computer)"
                    + "\\s+(?:experience|experiance|background|job history|jobs? experience|skills|knowledge)"
                    + "|(?:never|not once)\\s+(?:\\w+\\s+)?(?:coded|programmed|touched (?:a computer|code)|written (?:a line of |any )?code|wrote (?:a line of |any )?code|had a (?:tech|coding) job)"
                    + "|know (?:nothing|zero|very little) about (?:computers|coding|code|programming|tech)"
                    + "|non tech(?:nical)?\\s+(?:background|job|career|person|role)|zero (?:tech|coding|code|programming)\\b(?!\\s+(?:scene|jobs|companies)))");

    /** The ask is whether the asker can get in: "can I jump straight into…", "is that realistic?", "what are my odds?". */
    private static final Pattern CAN_I_GET_IN = Pattern.compile(
            "\\b(?:(?:can|could|would|will) (?:i|someone like me|a person like me|people like me|somebody like me)\\b.{0,30}\\b(?:get into|get in|get an?|get hired|become|be an?|go|jump|switch|move|break|land|transition|make it|pivot)"
                    + "|realistic|realistically possible|possible for me|doable|feasible|my (?:odds|chances)|a (?:shot|chance)|kidding myself|dreaming)\\b");

    /** Asks about something else the guides answer on its own: pay, a degree, remote work, where to start. */
    private static final Pattern ASKS_SOMETHING_ELSE = Pattern.compile(
            "\\b(?:pay|paid|salary|salaries|earn|earning|make|remote|degree|phd|masters?|bootcamp|certif\\w*|where|when|learn|study"
                    + "|start|begin|first|need|skills?|which)\\b");

    /**
     * The asker stays where they live: "can't relocate", "not moving anytime soon", "rural Kansas", "far from any tech
     * hub". ("can't move into management", "not moving fast enough" are no place.)
     */
    private static final Pattern STAYS_WHERE_THEY_LIVE = Pattern.compile(
            "\\b(?:(?:can ?t|cannot|can not|won ?t|don ?t want to|do not want to|not able to|unable to|not|never|no plans? to)\\s+(?:\\w+\\s+)?"
                    + "(?:relocat\\w*|move|moving)\\b(?!\\s+(?:into|in to|up|on|forward|ahead|along|past|beyond|over|from|fast|faster|quickly|slowly))"
                    + "|rural|small town|countryside|middle of nowhere|stay(?:ing)? put|stuck (?:here|where i (?:am|live))"
                    + "|far (?:away )?from (?:any |the |a )?(?:tech |big )?(?:hubs?|cit(?:y|ies)))\\b");

    private CareerSwitch() {
    }

    /** Whether the asking sentence asks about getting into the field at all ("could I get into AI?", "realistic path?"). */
    static boolean asksAboutGettingIn(String asking) {
        return CAN_I_GET_IN.matcher(asking).find();
    }

    /** Whether the asker says they cannot or will not move from where they live. */
    static boolean staysWhereTheyLive(Question q) {
        return STAYS_WHERE_THEY_LIVE.matcher(q.normalized()).find();
    }

    /** Whether the asker tells of no technical background and asks whether they can get into the field. */
    static boolean asksIfTheyCanGetIn(Question q) {
        return NO_BACKGROUND.matcher(q.normalized()).find() && asksAboutGettingIn(q.asking())
                && !ASKS_SOMETHING_ELSE.matcher(q.asking()).find();
    }
}
