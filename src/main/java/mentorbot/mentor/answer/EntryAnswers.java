package mentorbot.mentor.answer;

import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** A reply for any single knowledge entry, whatever its kind. */
public final class EntryAnswers {
    private EntryAnswers() {
    }

    public static Answer of(Object entry, KnowledgeBase kb) {
        if (entry instanceof Role r) return RoleAnswers.describe(r, kb);
        if (entry instanceof Faq f) return faq(f, kb);
        if (entry instanceof Responsibility r) return responsibility(r);
        if (entry instanceof Topic t) return topic(t, kb);
        if (entry instanceof ProgressionRow row) return RoadmapAnswers.row(kb, row);
        if (entry instanceof Step) return RoadmapAnswers.steps(kb);
        if (entry instanceof SalaryBand b) {
            return SalaryAnswers.answer(kb, new SalaryAnswers.Filter(java.util.Optional.of(b),
                    java.util.Optional.empty(), java.util.Optional.empty()));
        }
        throw new IllegalArgumentException("no answer for " + entry);
    }

    public static Answer faq(Faq f, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled(f.question())
                .intro(f.answer())
                .items("", f.points());
        seeAlso(b, f.related(), kb);
        b.suggest("All interview questions", "/interview");
        return Answer.about(b.footer((f.label() == null ? "" : f.label() + " of the FAQ. ") + Sources.footer(f.source())).build(),
                new Subject(null, null, f.id()));
    }

    public static Answer responsibility(Responsibility r) {
        ReplyBuilder b = ReplyBuilder.titled(r.number() + ". " + r.title())
                .intro(r.summary())
                .text("What interviews evaluate", r.interviewFocus())
                .items("By level", r.levelExamples().stream().map(e -> e.level() + ": " + e.example()).toList())
                .text("In practice", r.inPractice())
                .suggest("All interview topics", "/interview")
                .suggest("AI Engineer role", "/role ai engineer");
        return Answer.about(b.footer(Sources.footer(r.source())).build(), new Subject(null, null, r.id()));
    }

    public static Answer topic(Topic t, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled(t.title()).intro(t.summary()).items("", t.points());
        seeAlso(b, t.related(), kb);
        return Answer.about(b.footer(Sources.footer(t.source())).build(), new Subject(null, null, t.id()));
    }

    /** Suggestions for related entries, as commands the user can run. */
    private static void seeAlso(ReplyBuilder b, java.util.List<String> related, KnowledgeBase kb) {
        for (String id : related) {
            kb.role(id).ifPresent(r -> b.suggest(r.title(), "/role " + RoleAnswers.shortName(r)));
            if (kb.role(id).isEmpty()) {
                kb.titleOf(id).ifPresent(title -> b.suggest(title, "/mentor " + title));
            }
        }
    }
}
