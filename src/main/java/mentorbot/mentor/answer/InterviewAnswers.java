package mentorbot.mentor.answer;

import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Responsibility;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** Replies about interviews: the list of questions and topics, or one answer plus what is evaluated. */
public final class InterviewAnswers {

    static final String EVALUATION_TOPIC = "interview-evaluation";

    private InterviewAnswers() {
    }

    public static Answer overview(KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("Interview questions and topics")
                .intro("Questions people ask about AI engineer interviews and careers. Ask about one with /interview and a few words, such as /interview kpis or /interview phd.");
        b.items("Questions", kb.faq().stream()
                .map(f -> (f.label() == null ? "" : f.label() + ": ") + f.question()).toList());
        b.items("What interviews test, responsibility by responsibility",
                kb.responsibilities().stream().map(r -> r.number() + ". " + r.title()).toList());
        kb.topic("interview-preparation").ifPresent(t -> b.text(t.title(), t.summary()));
        return Answer.about(b.suggest("KPIs", "/interview kpis")
                .suggest("Why candidates get rejected", "/interview rejected")
                .suggest("Do I need a PhD?", "/interview phd")
                .suggest("Career switch", "/interview career switch")
                .footer(Sources.footer("seed-ai-engineer"))
                .build(), new Subject(null, null, "interview"));
    }

    /** The answer to one question or topic, followed by what interviewers evaluate. */
    public static Answer about(Object entry, KnowledgeBase kb) {
        Answer base = EntryAnswers.of(entry, kb);
        if (entry instanceof Responsibility) {
            return base; // already says what interviews evaluate for it
        }
        Reply r = base.reply();
        ReplyBuilder b = ReplyBuilder.titled(r.title()).lead(r.lead()).intro(r.intro());
        r.fields().forEach(f -> b.field(f.label(), f.value()));
        r.sections().forEach(s -> b.section(s.heading(), s.text(), s.items()));
        kb.topic(EVALUATION_TOPIC).ifPresent(t -> b.text("What interviewers evaluate", t.summary()));
        r.suggestions().forEach(s -> b.suggest(s.label(), s.command()));
        b.suggest("All interview questions", "/interview");
        Subject subject = entry instanceof Faq f ? new Subject(null, null, f.id()) : base.subject();
        return Answer.about(b.footer(r.footer()).build(), subject);
    }

    /**
     * Whether an entry answers interview questions: the FAQ, the responsibilities (each says how
     * interviews test it) and the interview topics. The /interview command and free-text
     * interview questions search among the same entries.
     */
    public static boolean isInterviewEntry(KnowledgeBase kb, String id) {
        return kb.entry(id, Faq.class).isPresent() || kb.entry(id, mentorbot.knowledge.Responsibility.class).isPresent()
                || id.startsWith("interview-") || id.equals("level-expectations");
    }

    /** Interview questions by their words and keywords, for "did you mean" and autocomplete. */
    public static mentorbot.knowledge.NameIndex<Faq> topics(KnowledgeBase kb) {
        mentorbot.knowledge.NameIndex.Builder<Faq> b = mentorbot.knowledge.NameIndex.builder();
        for (Faq f : kb.faq()) {
            b.add(f, f.question());
            f.keywords().forEach(k -> b.add(f, k));
        }
        return b.build();
    }
}
