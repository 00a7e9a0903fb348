package mentorbot.mentor.interview;

import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.NameIndex;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Sources;
import mentorbot.mentor.Subject;
import mentorbot.mentor.topic.TopicAnswers;

/** Replies about interviews: the list of questions and topics, one answer plus what is evaluated, one responsibility. */
public final class InterviewAnswers {

    private InterviewAnswers() {
    }

    public static Answer overview(KnowledgeBase kb) {
        Topic preparation = kb.topic(Anchor.INTERVIEW_PREPARATION);
        ReplyBuilder b = ReplyBuilder.titled("Interview questions and topics")
                .lead("Interviews test each of the " + kb.responsibilities().size() + " AI engineer responsibilities in its own way; "
                        + "the FAQ answers " + kb.faq().size() + " questions people ask about interviews and careers.")
                .intro("Ask about one with /interview and a few words, such as /interview kpis or /interview phd.");
        b.items("Questions", kb.faq().stream()
                .map(f -> (f.label() == null ? "" : f.label() + ": ") + f.question()).toList());
        b.items("What interviews test, responsibility by responsibility",
                kb.responsibilities().stream().map(r -> r.number() + ". " + r.title()).toList());
        b.text(preparation.title(), preparation.summary());
        return Answer.about(b.suggest("KPIs", "/interview kpis")
                .suggest("Why candidates get rejected", "/interview rejected")
                .suggest("Do I need a PhD?", "/interview phd")
                .suggest("Career switch", "/interview career switch")
                .footer(Sources.footer(kb, preparation.source()))
                .build(), new Subject(null, null, kb.anchor(Anchor.INTERVIEW_EVALUATION).id()));
    }

    /** The answer to one question or topic, followed by what interviewers evaluate. */
    public static Answer about(Entry entry, KnowledgeBase kb) {
        return about(entry, kb, true);
    }

    /**
     * The answer to one question or topic; what interviewers evaluate follows only when {@code withEvaluation}: the FAQ
     * also answers what learners ask outside interviews ("how much can I earn?"), where it is beside the point.
     */
    public static Answer about(Entry entry, KnowledgeBase kb, boolean withEvaluation) {
        if (entry instanceof Responsibility r) {
            return responsibility(r, kb); // already says what interviews evaluate for it
        }
        Answer base = entry instanceof Faq f ? TopicAnswers.faq(f, kb) : TopicAnswers.topic((Topic) entry, kb);
        Reply r = base.reply();
        ReplyBuilder b = ReplyBuilder.titled(r.title()).lead(r.lead()).intro(r.intro());
        r.fields().forEach(f -> b.field(f.label(), f.value()));
        r.sections().forEach(s -> b.section(s.heading(), s.text(), s.items()));
        Topic evaluation = kb.topic(Anchor.INTERVIEW_EVALUATION);
        if (entry != evaluation && (withEvaluation || !(entry instanceof Faq))) {
            b.text("What interviewers evaluate", evaluation.summary());
        }
        r.suggestions().forEach(s -> b.suggest(s));
        b.suggest("All interview questions", "/interview");
        return Answer.about(b.footer(r.footer()).build(), base.subject());
    }

    public static Answer responsibility(Responsibility r, KnowledgeBase kb) {
        return responsibility(r, kb, r.summary() + " Interviews check: " + mentorbot.mentor.Sentences.runOn(r.interviewFocus()));
    }

    /** The responsibility asked about at one level, led by what the guide says someone at that level does. */
    static Answer atLevel(Responsibility r, Responsibility.LevelExample at, KnowledgeBase kb) {
        String example = Character.toLowerCase(at.example().charAt(0)) + at.example().substring(1);
        return responsibility(r, kb, "On " + inSentence(r.title()) + ", the guide's " + at.level().toLowerCase(java.util.Locale.ROOT)
                + " AI engineer " + example + " " + r.summary());
    }

    /** A title inside a sentence: its words in lower case, but for acronyms and names such as "MLOps" or "AI". */
    private static String inSentence(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split(" ")) {
            long capitals = word.chars().filter(Character::isUpperCase).count();
            out.append(out.isEmpty() ? "" : " ").append(capitals >= 2 ? word : word.toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /** The responsibility asked for an example, led by the guide's example of it in production. */
    static Answer inPractice(Responsibility r, KnowledgeBase kb) {
        String example = Character.toLowerCase(r.inPractice().charAt(0)) + r.inPractice().substring(1);
        return responsibility(r, kb, "The guide's example of " + inSentence(r.title()) + " in practice: " + example);
    }

    /** The responsibility whose production example is in the asker's own domain, led by that example. */
    static Answer experienceFit(Responsibility r, KnowledgeBase kb) {
        String example = r.inPractice().isEmpty() ? r.inPractice()
                : Character.toLowerCase(r.inPractice().charAt(0)) + r.inPractice().substring(1);
        return responsibility(r, kb, "That experience lines up with responsibility " + r.number() + ", " + inSentence(r.title())
                + ": the guide's example is " + example + " Interviews check: " + mentorbot.mentor.Sentences.runOn(r.interviewFocus()));
    }

    private static Answer responsibility(Responsibility r, KnowledgeBase kb, String lead) {
        ReplyBuilder b = ReplyBuilder.titled(r.number() + ". " + r.title())
                .lead(lead)
                .items("By level", r.levelExamples().stream().map(e -> e.level() + ": " + e.example()).toList())
                .text("In practice", r.inPractice())
                .suggest("All interview topics", "/interview")
                .suggest("AI Engineer role", "/role ai engineer");
        return Answer.about(b.footer(Sources.footer(kb, r.source())).build(), new Subject(null, null, r.id()));
    }

    /**
     * Whether an entry answers interview questions: the FAQ, the responsibilities (each says how
     * interviews test it) and the interview topics. The /interview command and free-text
     * interview questions search among the same entries.
     */
    public static boolean isInterviewEntry(KnowledgeBase kb, String id) {
        return kb.entry(id).map(e -> e instanceof Faq || e instanceof Responsibility || e == kb.anchor(Anchor.INTERVIEW_EVALUATION)
                || e == kb.anchor(Anchor.INTERVIEW_PREPARATION) || e == kb.anchor(Anchor.LEVEL_EXPECTATIONS)).orElse(false);
    }

    /** Interview questions by their words and keywords, for "did you mean" and autocomplete. */
    public static NameIndex<Faq> topics(KnowledgeBase kb) {
        NameIndex.Builder<Faq> b = NameIndex.builder();
        for (Faq f : kb.faq()) {
            b.add(f, f.question());
            f.keywords().forEach(k -> b.add(f, k));
        }
        return b.build();
    }
}
