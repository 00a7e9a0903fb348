package mentorbot.mentoring;

import mentorbot.mentor.Action;

/** A button of the mentoring loop: its label and the typed action a click brings back ({@code ActionIds} encodes it). */
public record Button(String label, Action action) {

    public static Button helpful(String answerId) {
        return new Button("👍 Helpful", new Action.Vote(answerId, true));
    }

    public static Button notHelpful(String answerId) {
        return new Button("👎 Not helpful", new Action.Vote(answerId, false));
    }

    public static Button askMentor(String answerId) {
        return new Button("Ask a mentor", new Action.AskMentor(answerId));
    }

    public static Button claim(String requestId) {
        return new Button("Claim", new Action.Claim(requestId));
    }

    public static Button resolved(String requestId) {
        return new Button("Resolved", new Action.Resolve(requestId));
    }
}
