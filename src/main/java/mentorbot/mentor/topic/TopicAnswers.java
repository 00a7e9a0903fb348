package mentorbot.mentor.topic;

import java.util.List;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Sentences;
import mentorbot.mentor.Sources;
import mentorbot.mentor.Subject;
import mentorbot.mentor.role.RoleAnswers;

/** Replies for the general entries: a topic or a question of the FAQ with its answer, and any two side by side. */
public final class TopicAnswers {
    private TopicAnswers() {
    }

    public static Answer topic(Topic t, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled(t.title()).intro(t.summary()).items("", t.points());
        // The first related topic rounds the answer off, as for the FAQ.
        t.related().stream().map(kb::topic).flatMap(java.util.Optional::stream).findFirst()
                .ifPresent(r -> b.section(r.title(), r.summary(), r.points()));
        seeAlso(b, t.related(), kb);
        return Answer.about(b.footer(Sources.footer(kb, t.source())).build(), new Subject(null, null, t.id()));
    }

    public static Answer faq(Faq f, KnowledgeBase kb) {
        // The first related topic rounds the answer off (the degree question gets the degree facts).
        return faq(f, f.related().stream().map(kb::topic).flatMap(java.util.Optional::stream).findFirst(), kb);
    }

    /** The FAQ's answer rounded off by {@code roundOff}, a topic chosen for this asker, if any. */
    public static Answer faq(Faq f, java.util.Optional<Topic> roundOff, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled(f.question())
                .intro(f.answer())
                .items("", f.points());
        // Salary bands the answer relates to, as figures ("Big Tech: $200K – $400K+").
        f.related().stream().map(id -> kb.entry(id, mentorbot.knowledge.SalaryBand.class)).flatMap(java.util.Optional::stream)
                .forEach(band -> b.field(band.level() + " (US)", band.range()));
        roundOff.ifPresent(t -> b.section(t.title(), t.summary(), t.points()));
        seeAlso(b, f.related(), kb);
        b.suggest("All interview questions", "/interview");
        return Answer.about(b.footer((f.label() == null ? "" : f.label() + " of the FAQ. ") + Sources.footer(kb, f.source())).build(),
                new Subject(null, null, f.id()));
    }

    /** Two entries side by side, each by its own words: what the generic comparison can say. */
    public static Answer compare(Entry a, Entry c, KnowledgeBase kb) {
        String leadA = firstSentence(text(a));
        String leadC = firstSentence(text(c));
        int half = 170;
        ReplyBuilder b = ReplyBuilder.titled(a.title() + " and " + c.title())
                .lead(fit(a.title() + ": " + leadA, half) + " " + fit(c.title() + ": " + leadC, half));
        b.section(a.title(), text(a), points(a));
        b.section(c.title(), text(c), points(c));
        // Two things one topic lists side by side (two cloud platforms): that topic says how to choose between them.
        umbrella(a, c, kb).ifPresent(t -> b.section(t.title(), t.summary(), List.of()));
        return Answer.about(b.suggest(a.title(), "/mentor " + a.title()).suggest(c.title(), "/mentor " + c.title())
                .footer(Sources.footer(kb, a.source()))
                .build(), new Subject(null, null, a.id()));
    }

    /** A topic that relates to both entries, neither of them itself. */
    static java.util.Optional<Topic> umbrella(Entry a, Entry c, KnowledgeBase kb) {
        return kb.topics().stream()
                .filter(t -> !t.id().equals(a.id()) && !t.id().equals(c.id()))
                .filter(t -> t.related().contains(a.id()) && t.related().contains(c.id()))
                .findFirst();
    }

    private static String text(Entry e) {
        return e.body().isEmpty() ? e.title() : e.body().get(0);
    }

    private static List<String> points(Entry e) {
        return e.body().size() > 1 ? e.body().subList(1, e.body().size()) : List.of();
    }

    private static String firstSentence(String text) {
        return text.substring(0, Sentences.leadEnd(text, 300)).strip();
    }

    private static String fit(String text, int max) {
        return mentorbot.mentor.TextFit.fit(text, max);
    }

    /** Suggestions for related entries, as commands the user can run. */
    public static void seeAlso(ReplyBuilder b, List<String> related, KnowledgeBase kb) {
        for (String id : related) {
            kb.entry(id).ifPresent(e -> {
                if (e instanceof Role r) {
                    b.suggest(r.title(), "/role " + RoleAnswers.shortName(r));
                } else {
                    b.suggest(e.title(), "/mentor " + e.title());
                }
            });
        }
    }
}
