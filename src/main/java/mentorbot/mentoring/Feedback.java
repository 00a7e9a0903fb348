package mentorbot.mentoring;

import java.util.List;

/**
 * What a platform adds to a reply it renders: the answer id the request was recorded under, and the
 * buttons to show under the reply (👍, 👎, and "Ask a mentor" after a decline or {@code /mentor ask-human}
 * when the team has a mentors channel). {@code answerId} is null, and there are no buttons, for a request that
 * is not recorded ({@code /mentor forget me}).
 */
public record Feedback(String answerId, List<Button> buttons) {
    public Feedback {
        buttons = List.copyOf(buttons);
    }
}
