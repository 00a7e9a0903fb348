package mentorbot.platform;

import java.util.Optional;
import mentorbot.mentor.Action;

/**
 * The one way a typed {@link Action} travels in a button (Slack's value, Discord's custom id) and
 * comes back: {@code mb:run:salary senior}, {@code mb:share:KEY}, {@code mb:more:KEY}; the mentoring loop's
 * {@code mb:up:ID}, {@code mb:down:ID} (votes), {@code mb:askm:ID} (ask a mentor), {@code mb:claim:ID} and
 * {@code mb:done:ID} (resolved); the learning plan's {@code mb:plan-done:ITEM}, {@code mb:plan-undo:ITEM} and
 * {@code mb:plan-later:ITEM}. Ids are at most 32 characters and plan items at most 80, so every value fits Discord's
 * 100-character custom id.
 */
public final class ActionIds {

    static final String RUN = "mb:run:";
    static final String SHARE = "mb:share:";
    static final String MORE = "mb:more:";
    static final String UP = "mb:up:";
    static final String DOWN = "mb:down:";
    static final String ASK_MENTOR = "mb:askm:";
    static final String CLAIM = "mb:claim:";
    static final String RESOLVE = "mb:done:";
    static final String PLAN_DONE = "mb:plan-done:";
    static final String PLAN_UNDO = "mb:plan-undo:";
    static final String PLAN_LATER = "mb:plan-later:";

    private ActionIds() {
    }

    public static String encode(Action action) {
        if (action instanceof Action.Run run) {
            return RUN + run.command() + (run.arguments().isEmpty() ? "" : " " + run.arguments());
        }
        if (action instanceof Action.Share share) {
            return SHARE + share.key();
        }
        if (action instanceof Action.Vote vote) {
            return (vote.helpful() ? UP : DOWN) + vote.answerId();
        }
        if (action instanceof Action.AskMentor ask) {
            return ASK_MENTOR + ask.answerId();
        }
        if (action instanceof Action.Claim claim) {
            return CLAIM + claim.requestId();
        }
        if (action instanceof Action.Resolve resolve) {
            return RESOLVE + resolve.requestId();
        }
        if (action instanceof Action.PlanDone done) {
            return PLAN_DONE + done.itemId();
        }
        if (action instanceof Action.PlanUndo undo) {
            return PLAN_UNDO + undo.itemId();
        }
        if (action instanceof Action.PlanLater later) {
            return PLAN_LATER + later.itemId();
        }
        return MORE + ((Action.More) action).key();
    }

    /** The action a button carried, or empty for anything this version did not write. */
    public static Optional<Action> decode(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            if (id.startsWith(UP)) {
                return Optional.of(new Action.Vote(id.substring(UP.length()), true));
            }
            if (id.startsWith(DOWN)) {
                return Optional.of(new Action.Vote(id.substring(DOWN.length()), false));
            }
            if (id.startsWith(ASK_MENTOR)) {
                return Optional.of(new Action.AskMentor(id.substring(ASK_MENTOR.length())));
            }
            if (id.startsWith(CLAIM)) {
                return Optional.of(new Action.Claim(id.substring(CLAIM.length())));
            }
            if (id.startsWith(RESOLVE)) {
                return Optional.of(new Action.Resolve(id.substring(RESOLVE.length())));
            }
            if (id.startsWith(PLAN_DONE)) {
                return Optional.of(new Action.PlanDone(id.substring(PLAN_DONE.length())));
            }
            if (id.startsWith(PLAN_UNDO)) {
                return Optional.of(new Action.PlanUndo(id.substring(PLAN_UNDO.length())));
            }
            if (id.startsWith(PLAN_LATER)) {
                return Optional.of(new Action.PlanLater(id.substring(PLAN_LATER.length())));
            }
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
