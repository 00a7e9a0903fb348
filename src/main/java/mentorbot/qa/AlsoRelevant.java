package mentorbot.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;

/**
 * Adds to an answer the entries that came nearly as close to the question: a learner who describes
 * their situation or weighs a choice gets the main answer first and the next relevant facts after it.
 */
final class AlsoRelevant {

    /** How far below the best match another entry may be and still follow it. */
    static final double WITHIN = 0.1;
    /** A learner's own story touches more than one entry: those a little further away follow too. */
    static final double STORY = 0.2;
    /** Two entries this close to the question are a tie: both answer it. */
    static final double TIE = 0.02;
    /** At most this many more entries follow. */
    static final int MORE = 4;

    /** The answer a feature gives about one entry. */
    interface Answering {
        Answer answer(Question q, Entry entry, KnowledgeBase kb);
    }

    private AlsoRelevant() {
    }

    static Answer add(Answer main, Entry answered, Collection<SemanticIndex.Score> scores, Question q, KnowledgeBase kb,
                      Answering answering, double within) {
        if (!main.reply().matched()) {
            return main;
        }
        List<SemanticIndex.Score> inField = new ArrayList<>(scores.stream().filter(SemanticIndex.Score::inField).toList());
        inField.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        if (inField.isEmpty()) {
            return main;
        }
        double top = inField.get(0).similarity();
        List<Reply> more = new ArrayList<>();
        for (SemanticIndex.Score s : inField) {
            if (more.size() == MORE || s.similarity() < top - within) {
                break;
            }
            if (s.label().equals(answered.id())) {
                continue;
            }
            Entry e = kb.entry(s.label()).orElseThrow();
            Reply r = answering.answer(q, e, kb).reply();
            if (r.matched() && !r.title().equals(main.reply().title())) {
                more.add(r);
            }
        }
        return with(main, more);
    }

    /** The answer with {@code more} answers following it, each as an "Also relevant" section. */
    static Answer with(Answer main, List<Reply> more) {
        if (more.isEmpty() || !main.reply().matched()) {
            return main;
        }
        Reply m = main.reply();
        ReplyBuilder b = ReplyBuilder.titled(m.title()).lead(m.lead()).intro(m.intro());
        m.fields().forEach(f -> b.field(f.label(), f.value()));
        m.sections().forEach(s -> b.section(s.heading(), s.text(), s.items()));
        for (Reply r : more) {
            List<String> items = new ArrayList<>();
            r.fields().forEach(f -> items.add(f.label() + ": " + f.value()));
            r.sections().stream().filter(s -> !s.items().isEmpty()).findFirst().ifPresent(s -> items.addAll(s.items()));
            b.section("Also relevant: " + r.title(), (r.lead() + " " + r.intro()).strip(), items);
        }
        m.suggestions().forEach(s -> b.suggest(s));
        b.entries(m.entryIds());
        more.forEach(r -> b.entries(r.entryIds()));
        b.footer(m.footer());
        if (!m.matched()) {
            b.unmatched();
        }
        return new Answer(b.visibility(m.visibility()).build(), main.subject(), main.usedContext());
    }
}
