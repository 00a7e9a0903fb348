package mentorbot.qa;

import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.ReplyLimits;
import mentorbot.mentor.TextFit;

/** The answers to the parts of a message that asks several things, as one reply: each part's lead, then each part. */
final class Compound {

    /** One question of the message and its answer. */
    record Part(String question, Answer answer) {
    }

    private Compound() {
    }

    static Answer of(List<Part> parts) {
        List<Part> answered = parts.stream().filter(p -> p.answer().reply().matched()).toList();
        if (answered.isEmpty()) {
            return parts.get(0).answer();
        }
        // "What is RAG and where does it fit in my learning?": every part answered by one card is that card, once.
        if (answered.size() == parts.size() && answered.stream().map(p -> p.answer().reply().title()).distinct().count() == 1) {
            return answered.get(0).answer();
        }
        int each = Math.max(90, (ReplyLimits.LEAD - 10) / parts.size());
        StringBuilder lead = new StringBuilder();
        java.util.Set<String> leads = new java.util.HashSet<>();
        for (Part p : parts) {
            Reply r = p.answer().reply();
            // The part's asking sentence is what is declined, not the asker's story before it.
            String l = r.matched() ? r.lead() : "\"" + TextFit.fit(QuestionParts.asking(p.question()), 60) + "\" is outside what I can answer.";
            if (leads.add(l)) {
                lead.append(lead.isEmpty() ? "" : " ").append(TextFit.fit(l, each));
            }
        }
        ReplyBuilder b = ReplyBuilder.titled(String.join(" · ", answered.stream().map(p -> p.answer().reply().title()).distinct().toList()))
                .lead(lead.toString());
        // Two parts about the same card ("which title fits me, and how senior is it?") show it once.
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Part p : parts) {
            Reply r = p.answer().reply();
            if (!r.matched()) {
                b.text(TextFit.fit(QuestionParts.asking(p.question()), 100), r.lead());
                continue;
            }
            if (!shown.add(r.title())) {
                continue;
            }
            List<String> items = new ArrayList<>();
            r.fields().forEach(f -> items.add(f.label() + ": " + f.value()));
            b.section(r.title(), (r.lead() + " " + r.intro()).strip(), items);
            r.sections().forEach(s -> b.section(s.heading(), s.text(), s.items()));
            r.suggestions().forEach(s -> b.suggest(s));
            b.entries(r.entryIds());
        }
        Answer last = answered.get(answered.size() - 1).answer();
        return new Answer(b.footer(last.reply().footer()).build(), last.subject(),
                parts.stream().anyMatch(p -> p.answer().usedContext()));
    }
}
