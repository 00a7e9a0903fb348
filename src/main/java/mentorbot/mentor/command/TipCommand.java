package mentorbot.mentor.command;

import java.util.List;
import java.util.random.RandomGenerator;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.EntrySearch;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.ReplyBuilder;

/** {@code /tip}: one learning tip now, only to the caller. A new tip each time, so never cached. */
public final class TipCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("tip", "One learning tip now, only for you; add a topic for a tip on it",
            "[topic, e.g. portfolio, rag, interviews]",
            new CommandSpec.OptionSpec("topic", "A topic, e.g. portfolio, rag, interviews", false, CommandSpec.ValueSource.FREE_TEXT));

    /** How many of the entries a topic matches best are searched for tips, best first. */
    private static final int TOPIC_ENTRIES = 5;

    private final RandomGenerator random;
    private final EntrySearch search;
    /** The plain {@code /tip} reply of each tip, built once per knowledge: a repeat is the same reply, rendered once by platforms. */
    private volatile AnyTip anyTip;

    private record AnyTip(KnowledgeBase kb, List<Answer> answers) {
    }

    public TipCommand(RandomGenerator random, EntrySearch search) {
        super(SPEC, false);
        this.random = random;
        this.search = search;
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        List<Tip> tips = kb.tips();
        if (tips.isEmpty()) {
            return Answer.of(ReplyBuilder.titled("No tips yet").intro("The knowledge files hold no tips.").unmatched().build());
        }
        String topic = inv.args().strip();
        if (topic.isEmpty()) {
            return anyTip(kb).get(random.nextInt(tips.size()));
        }
        // The tips that come from the entries the topic names best, the best entry that has any first.
        for (EntrySearch.Hit hit : search.search(kb, topic, id -> true, TOPIC_ENTRIES)) {
            List<Tip> onTopic = tips.stream().filter(t -> t.topic().equals(hit.id())).toList();
            if (!onTopic.isEmpty()) {
                Tip tip = onTopic.get(random.nextInt(onTopic.size()));
                return Answer.of(render(tip, kb).suggest("Another tip on " + TextFit.fit(topic, 30), "/tip " + topic)
                        .suggest("Any tip", "/tip").build());
            }
        }
        return Answer.of(ReplyBuilder.titled("No tip on \"" + TextFit.fit(topic, 60) + "\"")
                .lead("I have no tip on \"" + TextFit.fit(topic, 60) + "\". Try a topic such as portfolio, RAG, interviews, PyTorch or certifications, or /tip alone for any tip.")
                .suggest("Any tip", "/tip").suggest("Portfolio", "/tip portfolio").suggest("Interviews", "/tip interviews")
                .unmatched().build());
    }

    private List<Answer> anyTip(KnowledgeBase kb) {
        AnyTip current = anyTip;
        if (current == null || current.kb() != kb) { // a reload brings a new knowledge base
            current = new AnyTip(kb, kb.tips().stream()
                    .map(tip -> Answer.of(render(tip, kb).suggest("Another tip", "/tip").build())).toList());
            anyTip = current;
        }
        return current.answers();
    }

    /** A tip as the reply to {@code /tip}; daily tip posts are laid out by each platform's tip poster. */
    public static ReplyBuilder render(Tip tip, KnowledgeBase kb) {
        String from = kb.titleOf(tip.topic()).orElse(tip.topic());
        return ReplyBuilder.titled("Learning tip")
                .intro(tip.text())
                .suggest("Learn more", "/mentor " + from)
                .footer("From: " + from);
    }
}
