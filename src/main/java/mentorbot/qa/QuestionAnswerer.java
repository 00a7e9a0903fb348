package mentorbot.qa;

import java.util.List;
import java.util.Optional;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Answer;
import mentorbot.mentor.EntrySearch;
import mentorbot.mentor.FreeTextAnswerer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;
import mentorbot.mentor.answer.EntryAnswers;
import mentorbot.mentor.answer.RoadmapAnswers;
import mentorbot.mentor.answer.RoleAnswers;
import mentorbot.mentor.answer.SalaryAnswers;

/**
 * Answers free text. A question is read for what it names (role, level, region) and what it asks
 * (intents); structured questions go to the same answer builders as the slash commands, anything
 * else to the best entry the index finds. A question that names its own subject is answered on
 * it; one that leans on "it" or "that" takes the subject from the user's context. Below the
 * confidence threshold, or outside the field, it declines and suggests where to look instead.
 */
public final class QuestionAnswerer implements FreeTextAnswerer {

    /**
     * Lowest score for the words left after removing names and intent words, matched against
     * entries' names and keywords only: such a hit means the question names a specific topic.
     */
    static final float TOPIC_MIN_SCORE = 2.5f;
    /** Lowest score for a match of the whole question over all fields. */
    static final float ANY_MIN_SCORE = 4.0f;
    /** How many topic candidates the rest of the question chooses among, and how much it counts. */
    static final int TOPIC_CANDIDATES = 5;
    static final float WHOLE_QUESTION_WEIGHT = 0.3f;

    private final KnowledgeSearch search;
    private final QaVocabulary vocabulary;

    public QuestionAnswerer(KnowledgeSearch search, QaVocabulary vocabulary) {
        this.search = search;
        this.vocabulary = vocabulary;
    }

    @Override
    public Answer answer(String text, Subject context, KnowledgeBase kb) {
        KnowledgeIndex index = search.indexFor(kb);
        Question q = Question.read(text, kb.terms(), vocabulary);

        if ((q.has(Intent.HELP) || q.has(Intent.GREETING)) && !q.namesSubject() && q.residual().isEmpty()) {
            return Answer.of(greeting(q.has(Intent.HELP)));
        }
        boolean outside = !q.anchored() || (q.offTopic() && !q.namesSubject() && !q.has(Intent.SALARY));
        // "what level is that?" names nothing of the field, but points back at a subject that does.
        boolean followsUp = q.refersBack() && !context.isEmpty() && !q.offTopic() && !q.intents().isEmpty();
        if (outside && !followsUp) {
            return decline(q, index, kb);
        }

        boolean fromContext = false;
        Optional<Role> role = q.names().role();
        if (role.isEmpty() && q.followUp() && context.roleId() != null) {
            role = kb.role(context.roleId());
            fromContext = role.isPresent();
        }
        boolean contextDependent = q.followUp() && !q.namesSubject() || fromContext;
        Subject asked = new Subject(role.map(Role::id).orElse(null), null, null);
        return withSubject(route(q, context, kb, index, role, fromContext, contextDependent), asked);
    }

    private Answer route(Question q, Subject context, KnowledgeBase kb, KnowledgeIndex index, Optional<Role> role,
                         boolean fromContext, boolean contextDependent) {
        Optional<SalaryBand> band = q.names().band();
        Optional<SkillLevel> skill = q.names().skill();

        // 1. The level of a role.
        if (q.has(Intent.LEVEL) && role.isPresent() && !q.has(Intent.SALARY)) {
            return remember(RoleAnswers.level(role.get()), contextDependent);
        }
        // 2. Pay.
        if (q.has(Intent.SALARY) || (band.isPresent() && "salary".equals(context.topic()) && q.followUp())) {
            if (q.has(Intent.REGIONS) && band.isEmpty() && q.names().region().isEmpty()) {
                var regions = SalaryAnswers.regions(kb);
                if (regions.isPresent()) {
                    return remember(EntryAnswers.topic(regions.get(), kb), contextDependent);
                }
            }
            if (band.isEmpty() && q.followUp() && context.level() != null && "salary".equals(context.topic())) {
                band = kb.terms().bands().exact(context.level());
            }
            Optional<Role> payRole = role.filter(r -> !isSalaryTableSubject(r, kb));
            if (payRole.isEmpty() && band.isEmpty() && q.names().region().isEmpty()) {
                Optional<Answer> topic = topicAnswer(q, index, kb);
                if (topic.isPresent()) {
                    return remember(topic.get(), contextDependent);
                }
            }
            return remember(SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, payRole, q.names().region())),
                    contextDependent);
        }
        // 3. A specific topic named by the words left over (PhD, LoRA, KPIs, certifications…).
        Optional<Answer> topic = topicAnswer(q, index, kb);
        if (topic.isPresent()) {
            return remember(topic.get(), contextDependent);
        }
        // 4. What to learn.
        if (q.has(Intent.ROADMAP) || skill.isPresent()
                || (q.followUp() && "roadmap".equals(context.topic()) && (role.isPresent() || band.isPresent()))) {
            if (skill.isEmpty() && q.followUp() && "roadmap".equals(context.topic()) && context.level() != null) {
                skill = kb.terms().skills().exact(context.level());
            }
            return remember(RoadmapAnswers.answer(kb, role, skill), contextDependent);
        }
        // 5. How to get there.
        if (q.has(Intent.STEPS)) {
            return remember(RoadmapAnswers.steps(kb), contextDependent);
        }
        // 6. A role.
        if (role.isPresent()) {
            if (fromContext && "salary".equals(context.topic())) {
                return remember(SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, role, q.names().region())), true);
            }
            return remember(RoleAnswers.describe(role.get(), kb), contextDependent);
        }
        if (band.isPresent()) {
            return remember(SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, Optional.empty(), Optional.empty())),
                    contextDependent);
        }
        // 7. The best entry for the whole question.
        List<EntrySearch.Hit> hits = index.search(q.normalized(), id -> true, 1);
        if (!hits.isEmpty() && hits.get(0).score() >= ANY_MIN_SCORE) {
            return remember(EntryAnswers.of(kb.entry(hits.get(0).id(), Object.class).orElseThrow(), kb), contextDependent);
        }
        if (q.has(Intent.INTERVIEW)) {
            return remember(mentorbot.mentor.answer.InterviewAnswers.overview(kb), contextDependent);
        }
        return decline(q, index, kb);
    }

    private Optional<Answer> topicAnswer(Question q, KnowledgeIndex index, KnowledgeBase kb) {
        if (q.residual().isBlank()) {
            return Optional.empty();
        }
        List<EntrySearch.Hit> hits = index.search(q.residual(), KnowledgeIndex.NAME_FIELDS,
                id -> true, TOPIC_CANDIDATES);
        hits = hits.stream().filter(h -> h.score() >= TOPIC_MIN_SCORE).toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        // Among entries the leftover words name, the rest of the question decides ("market" of generative AI).
        java.util.Map<String, Float> whole = new java.util.HashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        index.search(q.normalized(), ids::contains, TOPIC_CANDIDATES).forEach(h -> whole.put(h.id(), h.score()));
        EntrySearch.Hit best = hits.stream()
                .max(java.util.Comparator.comparingDouble(h -> h.score() + WHOLE_QUESTION_WEIGHT * whole.getOrDefault(h.id(), 0f)))
                .orElseThrow();
        Object entry = kb.entry(best.id(), Object.class).orElseThrow();
        if (entry instanceof Role r && q.has(Intent.ROADMAP)) {
            return Optional.of(RoadmapAnswers.answer(kb, Optional.of(r), q.names().skill()));
        }
        return Optional.of(EntryAnswers.of(entry, kb));
    }

    /** The salary table is itself about this role, so naming it filters nothing. */
    private static boolean isSalaryTableSubject(Role role, KnowledgeBase kb) {
        return Normalizer.normalize(kb.salary().scope()).startsWith(Normalizer.normalize(role.title()) + " ");
    }

    /** The answer's subject, with the role the question was about when the answer itself names none. */
    private static Answer withSubject(Answer answer, Subject asked) {
        return new Answer(answer.reply(), answer.subject().orElse(asked), answer.usedContext());
    }

    private static Answer remember(Answer answer, boolean contextDependent) {
        return contextDependent ? new Answer(answer.reply(), answer.subject(), true) : answer;
    }

    private static Reply greeting(boolean help) {
        return ReplyBuilder.titled(help ? "What I can help with" : "Hello!")
                .intro("I answer questions about AI developer and AI engineer careers: what each role does, what to learn, how interviews go and what the work pays. Ask in your own words, or use a command.")
                .suggest("All roles", "/role")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview")
                .suggest("Help", "/mentor help")
                .build();
    }

    private Answer decline(Question q, KnowledgeIndex index, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("That is outside what I cover")
                .intro("I only know about AI developer and AI engineer careers — roles, skills and learning paths, interviews, salaries and the job market — and I would rather not guess. Try one of these instead.")
                .unmatched();
        if (q.anchored() && !q.offTopic()) {
            for (EntrySearch.Hit h : index.search(q.normalized(), id -> true, 3)) {
                kb.titleOf(h.id()).ifPresent(t -> b.suggest(t, "/mentor " + t));
            }
        }
        b.suggest("All roles", "/role").suggest("Salary ranges", "/salary").suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview");
        return new Answer(b.build(), Subject.NONE, false);
    }
}
