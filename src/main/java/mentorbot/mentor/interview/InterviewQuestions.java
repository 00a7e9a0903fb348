package mentorbot.mentor.interview;

import java.util.Optional;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Question;
import mentorbot.mentor.QuestionHandler;

/** Interview and career questions: the FAQ, the responsibilities and how interviews test them, preparation. */
public final class InterviewQuestions implements QuestionHandler {

    @Override
    public boolean owns(Entry entry, KnowledgeBase kb) {
        return InterviewAnswers.isInterviewEntry(kb, entry.id());
    }

    /** The domain words of the knowledge base last asked about, rebuilt when the knowledge changes. */
    private volatile Fits fits = new Fits(null, null);

    private record Fits(KnowledgeBase kb, ExperienceFit fit) {
    }

    @Override
    public Optional<Answer> answerFromSlots(Question q, KnowledgeBase kb) {
        Fits current = fits;
        if (current.kb() != kb) {
            current = new Fits(kb, ExperienceFit.of(kb));
            fits = current;
        }
        // Someone with no technical background hears how hard the switch is, then where it starts: the fundamentals.
        if (CareerSwitch.asksIfTheyCanGetIn(q)) {
            return Optional.of(mentorbot.mentor.topic.TopicAnswers.faq(kb.faq(Anchor.CAREER_SWITCH),
                    Optional.of(kb.topic(Anchor.FOUNDATIONAL_LAYER)), kb));
        }
        return current.fit().of(q, kb).map(r -> InterviewAnswers.experienceFit(r, kb));
    }

    /** Whether a normalized asking sentence asks about getting into the field ("could i get into ai", "realistic path"). */
    public static boolean asksAboutGettingIn(String asking) {
        return CareerSwitch.asksAboutGettingIn(asking);
    }

    /** Whether the asker says they cannot or will not move from where they live ("can't relocate", "rural Kansas"). */
    public static boolean staysWhereTheyLive(Question q) {
        return CareerSwitch.staysWhereTheyLive(q);
    }

    /** Whether the question asks where the asker's experience fits in the AI engineer's work ("does any of that count?"). */
    public static boolean asksWhereExperienceFits(Question q, KnowledgeBase kb) {
        return ExperienceFit.asksWhereItFits(q, kb);
    }

    /** The responsibility the asker's story is closest to, as where their experience fits. */
    public static Answer experienceFits(mentorbot.knowledge.Responsibility told, KnowledgeBase kb) {
        return InterviewAnswers.experienceFit(told, kb);
    }

    /** Asking for an example of a responsibility in practice: "example?", "production example?", "in practice?". */
    private static final java.util.regex.Pattern EXAMPLE_ASKED = java.util.regex.Pattern.compile(
            "\\b(examples?|in production|in practice|real world|irl)\\b");

    /** Whether a question asks for an example of the work ("example?", "what does it look like in production?"). */
    public static boolean asksForAnExample(String asking) {
        return EXAMPLE_ASKED.matcher(asking).find();
    }

    /** Asking how interviews test something: "how is it tested in interviews?", "what do interviewers look for there?". */
    private static final java.util.regex.Pattern INTERVIEWS_ASKED = java.util.regex.Pattern.compile(
            "\\b(interviews?|interviewers?|interviewing|tested|assessed|evaluated|probed?)\\b");

    /** Whether a question asks how interviews test the work. */
    public static boolean asksAboutInterviews(String asking) {
        return INTERVIEWS_ASKED.matcher(asking).find();
    }

    /** Whether a question asks about the lead level, which the responsibilities' examples name and no pay band does. */
    public static boolean asksAboutALead(String asking) {
        return LEAD.matcher(asking).find();
    }

    /** A level as the person doing the work: "a junior", "the senior one", not "a senior role". */
    private static final java.util.regex.Pattern LEVEL_AS_SOMEONE = java.util.regex.Pattern.compile(
            "\\b(a|an|the)\\s+(junior|jr|entry level|mid level|mid|senior|sr|lead)\\b(?!\\s+(role|roles|position|job|loop|interview|title|offer|level))");

    /** Words of a message short enough that a level in it can only be the level asked about ("junior vs lead there?"). */
    private static final int SHORT_ASK = 4;

    /** The lead level: "and a lead?". */
    private static final java.util.regex.Pattern LEAD = java.util.regex.Pattern.compile("\\b(a|the|as|for|of) leads?\\b");

    @Override
    public Answer answer(Question q, Entry entry, KnowledgeBase kb) {
        // "example?", "what does it look like in production?": the responsibility's example leads.
        if (entry instanceof mentorbot.knowledge.Responsibility r && !r.inPractice().isEmpty() && q.band().isEmpty()
                && asksForAnExample(q.asking())) {
            return InterviewAnswers.inPractice(r, kb);
        }
        // "how would a junior contribute there?", "and a lead?": a responsibility asked at a level leads with that level's example.
        // A level that is the asker's own ("junior interview tomorrow", "going for a senior role") asks nothing of the kind.
        if (entry instanceof mentorbot.knowledge.Responsibility r && (LEVEL_AS_SOMEONE.matcher(q.asking()).find()
                || q.asking().split(" ").length <= SHORT_ASK)) {
            Optional<mentorbot.knowledge.Responsibility.LevelExample> at = r.levelExamples().stream()
                    .filter(e -> q.band().map(b -> b.aliases().contains(e.level().toLowerCase(java.util.Locale.ROOT)))
                            .orElse(e.level().equalsIgnoreCase("lead") && asksAboutALead(q.asking())))
                    .findFirst();
            if (at.isPresent()) {
                return InterviewAnswers.atLevel(r, at.get(), kb);
            }
        }
        return InterviewAnswers.about(entry, kb, ABOUT_INTERVIEWS.matcher(q.normalized()).find());
    }

    /** A question about interviews themselves, where what interviewers evaluate belongs after any FAQ answer. */
    private static final java.util.regex.Pattern ABOUT_INTERVIEWS = java.util.regex.Pattern.compile(
            "\\b(interview\\w*|hiring managers?|recruiters?|hired|hire)\\b");
}
