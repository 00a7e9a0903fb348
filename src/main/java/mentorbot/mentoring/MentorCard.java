package mentorbot.mentoring;

import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.Mention;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Visibility;

/**
 * A mentor request as the card in the mentors channel shows it. A platform posts it once and edits it
 * in place as its state changes. The asker is the one user the bot ever pings (on the card only).
 *
 * @param botAnswer what the bot answered (title and lead), so a mentor sees what did not help
 * @param claimerId the mentor who claimed it, or null
 * @param buttons   Claim while open, Resolved once claimed, none when resolved
 */
public record MentorCard(String requestId, String question, String askerId, String botAnswer, RequestState state,
                         String claimerId, List<Button> buttons) {

    public MentorCard {
        buttons = List.copyOf(buttons);
    }

    public static MentorCard of(MentorRequest r) {
        List<Button> buttons = switch (r.state()) {
            case CLAIMED -> List.of(Button.resolved(r.requestId()));
            case RESOLVED -> List.of();
            default -> List.of(Button.claim(r.requestId()));
        };
        return new MentorCard(r.requestId(), r.question(), r.askerId(), r.botAnswer(), r.state(), r.claimerId(), buttons);
    }

    /**
     * What a card becomes when its learner asks to be forgotten: no question, no asker, no answer, no buttons
     * ({@link #askerId()} is empty: platforms mention nobody).
     */
    public static MentorCard withdrawn(String requestId) {
        return new MentorCard(requestId, "", "", "", RequestState.WITHDRAWN, null, List.of());
    }

    public boolean isWithdrawn() {
        return state == RequestState.WITHDRAWN;
    }

    /** In words: "Open", "Claimed", "Resolved", "Withdrawn". */
    public String stateText() {
        return switch (state) {
            case CLAIMED -> "Claimed";
            case RESOLVED -> "Resolved";
            case WITHDRAWN -> "Withdrawn";
            default -> "Open";
        };
    }

    /** The card as a neutral reply, for platforms that render it as any other message (the console). */
    public Reply toReply() {
        if (isWithdrawn()) {
            return ReplyBuilder.titled("Mentor request: Withdrawn")
                    .lead("The learner withdrew this request and asked the bot to delete what it kept about them, "
                            + "so the question is no longer shown. Nothing to do here.")
                    .visibility(Visibility.SHARED)
                    .footer("Request " + requestId)
                    .build();
        }
        ReplyBuilder b = ReplyBuilder.titled("Mentor request: " + stateText())
                .lead("A learner asked for a mentor: \"" + question + "\"")
                .visibility(Visibility.SHARED);
        b.field("Asked by", "@" + askerId, Mention.user(askerId));
        if (claimerId != null) {
            b.field(state == RequestState.RESOLVED ? "Resolved by" : "Claimed by", "@" + claimerId, Mention.user(claimerId));
        }
        String[] answer = botAnswer.split("\n", 2);
        b.text("What the bot answered", answer[0] + (answer.length > 1 && !answer[1].isBlank() ? ": " + answer[1] : ""));
        List<String> hints = new ArrayList<>();
        buttons.forEach(button -> hints.add(button.label()));
        b.footer("Request " + requestId + (hints.isEmpty() ? "" : " · " + String.join(" · ", hints)));
        return b.build();
    }
}
