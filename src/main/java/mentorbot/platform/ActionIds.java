package mentorbot.platform;

import java.util.Optional;
import mentorbot.mentor.Action;

/**
 * The one way a typed {@link Action} travels in a button (Slack's value, Discord's custom id) and
 * comes back: {@code mb:run:salary senior}, {@code mb:share:KEY}, {@code mb:more:KEY}.
 */
public final class ActionIds {

    static final String RUN = "mb:run:";
    static final String SHARE = "mb:share:";
    static final String MORE = "mb:more:";

    private ActionIds() {
    }

    public static String encode(Action action) {
        if (action instanceof Action.Run run) {
            return RUN + run.command() + (run.arguments().isEmpty() ? "" : " " + run.arguments());
        }
        if (action instanceof Action.Share share) {
            return SHARE + share.key();
        }
        return MORE + ((Action.More) action).key();
    }

    /** The action a button carried, or empty for anything this version did not write. */
    public static Optional<Action> decode(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            if (id.startsWith(RUN)) {
                String rest = id.substring(RUN.length());
                int space = rest.indexOf(' ');
                return Optional.of(space < 0 ? new Action.Run(rest, "")
                        : new Action.Run(rest.substring(0, space), rest.substring(space + 1)));
            }
        } catch (IllegalArgumentException notACommand) {
            return Optional.empty();
        }
        if (id.startsWith(SHARE) && id.length() > SHARE.length()) {
            return Optional.of(new Action.Share(id.substring(SHARE.length())));
        }
        if (id.startsWith(MORE) && id.length() > MORE.length()) {
            return Optional.of(new Action.More(id.substring(MORE.length())));
        }
        return Optional.empty();
    }
}
