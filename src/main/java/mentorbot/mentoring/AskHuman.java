package mentorbot.mentoring;

import mentorbot.mentor.Answer;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.MentorSubcommand;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.store.StorageException;

/** {@code /mentor ask-human QUESTION}: offers to send the question to a human mentor (the click is the consent). */
final class AskHuman implements MentorSubcommand {

    private final MentoringState state;

    AskHuman(MentoringState state) {
        this.state = state;
    }

    @Override
    public String name() {
        return QuestionText.ASK_HUMAN;
    }

    @Override
    public Answer execute(Invocation inv, String question) {
        if (question.isEmpty()) {
            return Answer.of(ReplyBuilder.titled("What should I ask the mentors?")
                    .lead("Write your question after it: /mentor ask-human how do I get my first AI job without a degree?")
                    .unmatched().build());
        }
        boolean channel;
        try {
            channel = state.channels().of(inv.request().platform(), inv.request().teamId()).isPresent();
        } catch (StorageException e) {
            return Answer.of(MentoringReplies.unavailable(e));
        }
        if (!channel) {
            return Answer.of(MentoringReplies.noMentorsChannel());
        }
        return Answer.of(ReplyBuilder.titled("Ask a human mentor")
                .lead("Click Ask a mentor to send your question to this community's mentors; nothing is sent without your click.")
                .text("Your question", question)
                .build());
    }
}
