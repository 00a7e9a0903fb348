package mentorbot.mentor.interview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Stems;
import mentorbot.mentor.Question;

/**
 * "I've tuned fraud rules at a bank for years. Does that show up anywhere in AI engineering?": the
 * responsibility whose production example is in the asker's own domain. Each responsibility's example
 * names a domain (fraud detection, traffic prediction, medical images, a marketing campaign, A/B tests);
 * a word of the question that only one example uses points at that responsibility.
 */
final class ExperienceFit {

    /** Asking whether, or where, something fits. */
    private static final Pattern ASKS_FIT = Pattern.compile(
            "\\b(fit|fits|count|counts|relevant|relevance|show up|shows up|transfer|transfers|carry over|carries over|apply(?! (for|to))|applies"
                    + "|useful|use (that|this|my|it)|map|maps|angle|related|overlap"
                    // "is that skill worth anything there?", "is my background an asset?"
                    + "|worth (anything|something|much|a lot)|valuable|value|matters?|an? (asset|advantage|plus|edge)"
                    // "is that a recognized part of AI engineering?"
                    + "|(is|are) (that|this|those|these) (a |an )?(recognized |recognised |real |legit |actual |proper |normal )part of)\\b");
    /** ...and that it is the asker's experience, or a part of the job, that is asked about ("need more experience" asks the level). */
    private static final Pattern ABOUT_EXPERIENCE = Pattern.compile(
            "\\b((?<!(more|much|enough|of) )experience|(is|does|would|will|could) (that|this) (count|matter|help|relevant|transfer|fit|useful|an asset|a plus|an advantage|worth anything|valuable)|(that|this|my|those|these) (skill|skills|skillset|expertise|know how)|background|that work|my work|what i do|my job|responsibilit\\w*|anywhere|any part|part of|my (best )?angle)\\b");
    /** Asking for a role, a tool, a project or the market instead: other features answer those. */
    private static final Pattern ASKS_FOR_SOMETHING_ELSE = Pattern.compile(
            "\\b(role|roles|title|titles|job title|api|apis|platform|platforms|project|projects|tool|tools|framework|frameworks"
                    + "|certif\\w*|salary|pay|earn\\w*|market|markets|trend|trends|outlook|demand|growth)\\b");
    /** The responsibility each domain word's stem points at: stems that only one example uses. */
    private final Map<String, Responsibility> byStem;

    private ExperienceFit(Map<String, Responsibility> byStem) {
        this.byStem = Map.copyOf(byStem);
    }

    static ExperienceFit of(KnowledgeBase kb) {
        Map<String, Set<Responsibility>> seen = new HashMap<>();
        for (Responsibility r : kb.responsibilities()) {
            for (String stem : stems(r.inPractice())) {
                seen.computeIfAbsent(stem, s -> new HashSet<>()).add(r);
            }
        }
        Map<String, Responsibility> byStem = new HashMap<>();
        seen.forEach((stem, rs) -> {
            if (rs.size() == 1 && stem.length() >= 4 && !COMMON.contains(stem)) {
                byStem.put(stem, rs.iterator().next());
            }
        });
        return new ExperienceFit(byStem);
    }

    private static final Pattern AB_TEST = Pattern.compile("\\ba b test");

    /** Stems of the examples too general to name a domain. */
    private static final Set<String> COMMON = Set.of("model", "system", "deploy", "build", "work", "team", "other", "keep",
            "make", "togeth", "automat", "perform", "consist", "power", "while", "line", "goal", "gain", "drive", "match",
            "oper", "person", "exist", "smoothli", "insid", "across", "time", "real", "help", "learn", "deep", "user", "experi");

    /** The responsibility a question about the asker's experience points at, when exactly one does. */
    /**
     * Whether the question asks where the asker's experience fits in the AI engineer's work ("does any of that
     * count?", "which part of AI engineering is that?"), which one of the responsibilities answers.
     */
    static boolean asksWhereItFits(Question q, KnowledgeBase kb) {
        String asking = q.asking();
        return !aboutSomethingElse(q, kb) && !ASKS_FOR_SOMETHING_ELSE.matcher(WHICH_PART.matcher(asking).replaceAll(" ")).find()
                && (WHICH_PART.matcher(asking).find() || ASKS_FIT.matcher(asking).find()
                        && (ABOUT_EXPERIENCE.matcher(asking).find() || ANY_OF_IT.matcher(asking).find()));
    }

    /** "does any of that count?": the whole story, which names no domain word of the examples by itself. */
    private static final Pattern ANY_OF_IT = Pattern.compile("\\bany of (that|this|it|those)\\b");

    /** "which part of AI engineering is that?", "which AI engineer duty lines up with that?". */
    private static final Pattern WHICH_PART = Pattern.compile(
            "\\b(which|what)(?: \\w+){0,3} (part|duty|duties|responsibility|responsibilities)\\b");

    /** A project of one's own told ("…and put it on github"; not "GitHub Actions pipelines" at work): what it counts for is the portfolio's business, not a duty's. */
    private static final Pattern PROJECT_TOLD = Pattern.compile(
            "\\b((on|to) github|my github|github (repo|repos|repository|profile|page)|side projects?|personal projects?|pet projects?"
                    + "|hobby projects?|portfolio|hackathon)\\b");

    /**
     * "I babysit our recommendation model after it ships": what a model is for names the model, which every duty may
     * work on, not the duty; what the asker does with it says which.
     */
    private static final Pattern MODEL_FOR = Pattern.compile("\\b\\w+(?= models?\\b)");

    Optional<Responsibility> of(Question q, KnowledgeBase kb) {
        String asking = q.asking();
        if (aboutSomethingElse(q, kb) || !ASKS_FIT.matcher(asking).find() || !ABOUT_EXPERIENCE.matcher(asking).find()
                || ASKS_FOR_SOMETHING_ELSE.matcher(asking).find()) {
            return Optional.empty();
        }
        Map<Responsibility, Integer> named = new HashMap<>();
        String domainWords = MODEL_FOR.matcher(ABOUT_EXPERIENCE.matcher(ASKS_FIT.matcher(q.normalized()).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");
        for (String stem : new HashSet<>(stems(domainWords))) {
            Responsibility r = byStem.get(stem);
            if (r != null) {
                named.merge(r, 1, Integer::sum);
            }
        }
        // The domain most of the question's words point at; a tie points nowhere.
        int most = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Responsibility> best = named.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return best.size() == 1 ? Optional.of(best.get(0)) : Optional.empty();
    }

    /** A project of one's own, or another role's work: not where experience fits among the AI engineer's duties. */
    private static boolean aboutSomethingElse(Question q, KnowledgeBase kb) {
        return PROJECT_TOLD.matcher(q.normalized()).find() || asksAboutAnotherRole(q, kb);
    }

    /**
     * The eight responsibilities are the AI engineer's: a question about where experience fits in another
     * role's work ("which part of an AI developer's job would use my stakeholder experience?") is that role's.
     */
    private static boolean asksAboutAnotherRole(Question q, KnowledgeBase kb) {
        return q.rolesAsked().stream().anyMatch(r -> r != kb.anchor(mentorbot.knowledge.Anchor.GENERAL_ROLE));
    }

    private static List<String> stems(String text) {
        String normalized = Normalizer.normalize(text);
        List<String> out = new ArrayList<>();
        // "A/B tests" is one domain, read as letters too short to count on their own.
        if (AB_TEST.matcher(normalized).find()) {
            out.add("abtest");
        }
        for (String stem : Stems.of(normalized).split(" ")) {
            if (!stem.isEmpty()) {
                out.add(stem);
            }
        }
        return out;
    }
}
