package mentorbot.mentor.command;

import java.util.List;
import java.util.random.RandomGenerator;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.ReplyBuilder;

/** {@code /tip}: one learning tip now, only to the caller. A new tip each time, so never cached. */
public final class TipCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("tip", "One learning tip now, only for you", "");

    private final RandomGenerator random;

    public TipCommand(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        List<Tip> tips = kb.tips();
        if (tips.isEmpty()) {
            return Answer.of(ReplyBuilder.titled("No tips yet").intro("The knowledge files hold no tips.").unmatched().build());
        }
        Tip tip = tips.get(random.nextInt(tips.size()));
        return Answer.of(render(tip, kb).suggest("Another tip", "/tip").build());
    }

    /** A tip as a reply; the daily tip posts use the same layout. */
    public static ReplyBuilder render(Tip tip, KnowledgeBase kb) {
        String from = kb.titleOf(tip.topic()).orElse(tip.topic());
        return ReplyBuilder.titled("Learning tip")
                .intro(tip.text())
                .suggest("Learn more", "/mentor " + from)
                .footer("From: " + from);
    }
}
