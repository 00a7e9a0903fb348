package mentorbot.mentor.interview;

import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Action;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.EntrySearch;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.NotUnderstood;
import mentorbot.mentor.Reply;

/** {@code /interview [question or topic]}: the question list, or the best-matching answer. */
public final class InterviewCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("interview",
            "Interview FAQ: questions, answers and what interviewers evaluate",
            "[question or topic, e.g. kpis, phd, rejected]",
            new OptionSpec("topic", "A question or topic, e.g. kpis, phd, career switch", false, ValueSource.INTERVIEW_TOPIC));

    private final EntrySearch search;

    public InterviewCommand(EntrySearch search) {
        super(SPEC);
        this.search = search;
    }

    @Override
    public boolean readsSentences() {
        return true;
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        if (inv.args().isBlank()) {
            return InterviewAnswers.overview(kb);
        }
        List<EntrySearch.Hit> hits = search.search(kb, inv.args(), id -> InterviewAnswers.isInterviewEntry(kb, id), 3);
        if (!hits.isEmpty()) {
            return InterviewAnswers.about(kb.entry(hits.get(0).id()).orElseThrow(), kb);
        }
        List<Reply.Suggestion> closest = InterviewAnswers.topics(kb).closest(inv.args(), 3).stream()
                .map(f -> new Reply.Suggestion(f.question().replaceAll("\\?+$", ""), new Action.Run("interview", f.question())))
                .toList();
        return NotUnderstood.reply("interview", "an interview question or topic", List.of(inv.args()), closest,
                SPEC.usageHint());
    }
}
