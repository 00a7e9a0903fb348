package mentorbot.qa;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.ProgressionRow;
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
import mentorbot.mentor.answer.InterviewAnswers;
import mentorbot.mentor.answer.RoadmapAnswers;
import mentorbot.mentor.answer.RoleAnswers;
import mentorbot.mentor.answer.SalaryAnswers;

/**
 * Answers free text. A question is read for what it names (role, level, region) and what it asks
 * (intents); structured questions go to the same answer builders as the slash commands, a question
 * about a specific topic to the entry its leftover words name, anything else to the best entry for
 * the whole question. A question that names its own subject is answered on it; one that points
 * back ("it", "that", "and the advanced level?") takes the subject from the user's context. A
 * question not anchored in the field, or below the confidence thresholds, is declined with
 * suggestions.
 */
public final class QuestionAnswerer implements FreeTextAnswerer {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(QuestionAnswerer.class);

    /**
     * Lowest score for the leftover words matched against entries' names and keywords only: such a
     * hit means the question is about that specific topic. Calibrated on the evaluation sets.
     */
    static final float TOPIC_MIN_SCORE = 2.0f;
    /** Lowest score for a match of the whole question over all fields. */
    static final float ANY_MIN_SCORE = 4.0f;
    /** How many topic candidates the rest of the question chooses among, and how much it counts. */
    static final int TOPIC_CANDIDATES = 5;
    static final float WHOLE_QUESTION_WEIGHT = 0.8f;
    /** Extra weight for a skill-progression row when the question is about a learning path. */
    static final float ROADMAP_ROW_BONUS = 3f;

    private final KnowledgeSearch search;
    private final QaVocabulary vocabulary;

    public QuestionAnswerer(KnowledgeSearch search, QaVocabulary vocabulary) {
        this.search = search;
        this.vocabulary = vocabulary;
    }

    @Override
    public Answer answer(String text, Subject context, KnowledgeBase kb) {
        KnowledgeSearch.Built built = search.builtFor(kb);
        KnowledgeIndex index = built.index();
        Question q = Question.read(text, kb.terms(), vocabulary, built.lexicon());
        log.debug("Read {}", q);

        if ((q.has(Intent.HELP) || q.has(Intent.GREETING)) && !q.namesSubject() && q.residual().isEmpty()) {
            return Answer.of(greeting(q.has(Intent.HELP)));
        }
        Optional<Answer> topic = topicAnswer(q, index, kb);
        if (isOutside(q, topic.isPresent()) && !followsUp(q, context)) {
            return decline(q, index, kb);
        }

        boolean fromContext = false;
        Optional<Role> role = q.names().role();
        if (role.isEmpty() && q.followUp() && context.roleId() != null) {
            role = kb.role(context.roleId());
            fromContext = role.isPresent();
        }
        boolean contextDependent = q.followUp() && !q.namesSubject() || fromContext;
        Answer answer = route(q, context, kb, index, role, fromContext, topic);
        Subject asked = new Subject(role.map(Role::id).orElse(null), null, null);
        Answer withSubject = new Answer(answer.reply(), answer.subject().orElse(asked), answer.usedContext());
        return contextDependent ? new Answer(withSubject.reply(), withSubject.subject(), true) : withSubject;
    }

    /**
     * Outside the field: nothing anchors it there (no role or level named, no field word, no
     * specific topic, no field intent without foreign words), or it is marked off-topic and only
     * loosely anchored.
     */
    private static boolean isOutside(Question q, boolean topicHit) {
        boolean named = q.names().role().isPresent() || q.names().band().isPresent() || q.names().skill().isPresent();
        boolean clean = q.foreign().isEmpty();
        boolean fieldIntent = q.hasStrong(Intent.SALARY) || q.has(Intent.INTERVIEW) || q.has(Intent.ROADMAP)
                || q.has(Intent.ROLES_LIST);
        boolean anchored = named || q.domainWord() || (clean && (topicHit || fieldIntent || q.names().region().isPresent()));
        return !anchored || (q.offTopic() && !named);
    }

    /** "what level is that?" names nothing of the field itself, but points back at a subject that does. */
    private static boolean followsUp(Question q, Subject context) {
        return (q.refersBack() || q.words().size() <= 3) && !context.isEmpty() && !q.offTopic()
                && !q.intents().isEmpty() && q.foreign().isEmpty();
    }

    private Answer route(Question q, Subject context, KnowledgeBase kb, KnowledgeIndex index, Optional<Role> role,
                         boolean fromContext, Optional<Answer> topic) {
        Optional<SalaryBand> band = q.names().band();
        Optional<SkillLevel> skill = q.names().skill();
        String lastTopic = context.topic();

        if (q.has(Intent.ROLES_LIST) && q.names().roles().size() <= 1 && topic.isEmpty()) {
            return RoleAnswers.list(kb);
        }
        // Two roles named: a comparison, answered by the entry the whole question matches best.
        List<Role> roles = q.names().roles();
        if (roles.size() >= 2) {
            Set<Role> asked = Set.copyOf(roles);
            Optional<Answer> compared = best(q.normalized(), index, kb,
                    id -> isTopicEntry(kb, id) && kb.titleOf(id).map(t -> Set.copyOf(kb.terms().scan(t).roles()).equals(asked)).orElse(false),
                    ANY_MIN_SCORE);
            return compared.orElseGet(() -> RoleAnswers.compare(roles.get(0), roles.get(1), kb));
        }
        if (q.has(Intent.INTERVIEW)) {
            List<EntrySearch.Hit> hits = index.search(q.normalized(), id -> InterviewAnswers.isInterviewEntry(kb, id), 1);
            if (!hits.isEmpty() && hits.get(0).score() >= ANY_MIN_SCORE) {
                return InterviewAnswers.about(kb.entry(hits.get(0).id()).orElseThrow(), kb);
            }
        }
        // Pay.
        boolean salaryFollowUp = q.followUp() && "salary".equals(lastTopic) && topic.isEmpty()
                && (band.isPresent() || role.isPresent() || q.names().region().isPresent());
        if ((q.hasStrong(Intent.SALARY) || (q.has(Intent.SALARY) && topic.isEmpty()) || salaryFollowUp)) {
            if (q.has(Intent.REGIONS) && band.isEmpty() && q.names().region().isEmpty()) {
                var regions = SalaryAnswers.regions(kb);
                if (regions.isPresent()) {
                    return EntryAnswers.topic(regions.get(), kb);
                }
            }
            if (band.isEmpty() && q.followUp() && context.level() != null && "salary".equals(lastTopic)) {
                band = kb.terms().bands().exact(context.level());
            }
            Optional<Role> payRole = role.filter(r -> !isSalaryTableSubject(r, kb));
            if (payRole.isEmpty() && band.isEmpty() && q.names().region().isEmpty() && topic.isPresent()) {
                return topic.get();
            }
            return SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, payRole, q.names().region()));
        }
        // A specific topic named by the leftover words (PhD, LoRA, KPIs, certifications…).
        if (topic.isPresent()) {
            return topic.get();
        }
        if (q.has(Intent.LEVEL) && role.isPresent()) {
            return RoleAnswers.level(role.get());
        }
        // What to learn.
        if (q.has(Intent.ROADMAP) || skill.isPresent()
                || (q.followUp() && "roadmap".equals(lastTopic) && (role.isPresent() || band.isPresent()))) {
            if (skill.isEmpty() && q.followUp() && "roadmap".equals(lastTopic) && context.level() != null) {
                skill = kb.terms().skills().exact(context.level());
            }
            if (skill.isEmpty() && band.isPresent()) {
                skill = RoadmapAnswers.skillFor(band.get()); // "what should a beginner learn"
            }
            return RoadmapAnswers.answer(kb, role, skill);
        }
        if (q.has(Intent.STEPS)) {
            return RoadmapAnswers.steps(kb);
        }
        if (role.isPresent()) {
            if (fromContext && "salary".equals(lastTopic)) {
                return SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, role, q.names().region()));
            }
            return RoleAnswers.describe(role.get(), kb);
        }
        if (band.isPresent()) {
            return SalaryAnswers.answer(kb, new SalaryAnswers.Filter(band, Optional.empty(), Optional.empty()));
        }
        Optional<Answer> any = best(q.normalized(), index, kb, id -> true, ANY_MIN_SCORE);
        if (any.isPresent()) {
            return any.get();
        }
        if (q.has(Intent.INTERVIEW)) {
            return InterviewAnswers.overview(kb);
        }
        return decline(q, index, kb);
    }

    /**
     * The entry the leftover words name, among entries' names and keywords; the rest of the
     * question chooses among close candidates ("how big is the generative AI market").
     */
    private Optional<Answer> topicAnswer(Question q, KnowledgeIndex index, KnowledgeBase kb) {
        if (q.residual().isBlank()) {
            return Optional.empty();
        }
        List<EntrySearch.Hit> hits = index.search(q.residual(), KnowledgeIndex.NAME_FIELDS,
                id -> isTopicEntry(kb, id), TOPIC_CANDIDATES);
        hits = hits.stream().filter(h -> h.score() >= TOPIC_MIN_SCORE).toList();
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Float> whole = new HashMap<>();
        Set<String> ids = new HashSet<>();
        hits.forEach(h -> ids.add(h.id()));
        index.search(q.normalized(), ids::contains, TOPIC_CANDIDATES).forEach(h -> whole.put(h.id(), h.score()));
        log.debug("Topic candidates {} rescored by the whole question {}", hits, whole);
        boolean learning = q.has(Intent.ROADMAP) || q.names().skill().isPresent();
        EntrySearch.Hit top = hits.stream().max(Comparator.comparingDouble(h -> h.score()
                + WHOLE_QUESTION_WEIGHT * whole.getOrDefault(h.id(), 0f)
                + (learning && kb.entry(h.id(), ProgressionRow.class).isPresent() ? ROADMAP_ROW_BONUS : 0f)))
                .orElseThrow();
        return Optional.of(EntryAnswers.of(kb.entry(top.id()).orElseThrow(), kb));
    }

    private static Optional<Answer> best(String text, KnowledgeIndex index, KnowledgeBase kb, Predicate<String> accept,
                                         float minScore) {
        List<EntrySearch.Hit> hits = index.search(text, accept, 1);
        if (hits.isEmpty() || hits.get(0).score() < minScore) {
            return Optional.empty();
        }
        return kb.entry(hits.get(0).id()).map(e -> EntryAnswers.of(e, kb));
    }

    /** Roles and salary bands are found by name, not by topic search. */
    private static boolean isTopicEntry(KnowledgeBase kb, String id) {
        return kb.entry(id, Role.class).isEmpty() && kb.entry(id, SalaryBand.class).isEmpty();
    }


    /** The salary table is itself about this role, so naming it filters nothing. */
    private static boolean isSalaryTableSubject(Role role, KnowledgeBase kb) {
        return Normalizer.normalize(kb.salary().scope()).startsWith(Normalizer.normalize(role.title()) + " ");
    }

    private static Reply greeting(boolean help) {
        return ReplyBuilder.titled(help ? "What I can help with" : "Hello!")
                .intro("I answer questions about AI developer and AI engineer careers: what each role does, what to learn, how interviews go and what the work pays. Ask in your own words, or use a command.")
                .suggest("All roles", "/role")
                .suggest("Salary ranges", "/salary")
                .suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview")
                .suggest("A learning tip", "/tip")
                .build();
    }

    private Answer decline(Question q, KnowledgeIndex index, KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("That is outside what I cover")
                .intro("I only know about AI developer and AI engineer careers — roles, skills and learning paths, interviews, salaries and the job market — and I would rather not guess. Try one of these instead.")
                .unmatched();
        if (!q.offTopic() && q.foreign().isEmpty()) {
            for (EntrySearch.Hit h : index.search(q.normalized(), id -> isTopicEntry(kb, id), 2)) {
                kb.titleOf(h.id()).ifPresent(t -> b.suggest(t, "/mentor " + t));
            }
        }
        b.suggest("All roles", "/role").suggest("Salary ranges", "/salary").suggest("Learning roadmap", "/roadmap")
                .suggest("Interview questions", "/interview");
        return new Answer(b.build(), Subject.NONE, false);
    }
}
