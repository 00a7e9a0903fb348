package mentorbot.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.roadmap.RoadmapAnswers;

/**
 * Builds a learning plan from the knowledge alone: the skill-progression cells from the learner's level up to the
 * role's, the steps, one or two portfolio projects that fit the role, and the learning habits. Nothing here names a
 * role: a role's level comes from its experience level in the title table read against the salary levels (Junior and
 * Entry are foundational, Mid intermediate, Senior advanced; "Mid to Senior" reaches advanced), and a role the table
 * gives no level (the generative AI developer, whose path the progression is) goes all the way.
 */
public final class PlanBuilder {

    /** Words too common to tell a project's fit to a role. */
    private static final Set<String> COMMON = Set.of("with", "that", "your", "from", "this", "into", "their", "them",
            "they", "such", "like", "role", "roles", "work", "works", "engineer", "engineers", "developer", "developers",
            "project", "projects", "portfolio", "build", "building", "model", "models", "system", "systems", "simple",
            "specific", "particular", "about", "using", "own", "example", "examples");

    private PlanBuilder() {
    }

    /** The highest skill level a role reaches: the top of its experience level, or advanced when the table gives none. */
    public static SkillLevel target(KnowledgeBase kb, Role role) {
        if (role.level() == null) {
            return SkillLevel.ADVANCED;
        }
        SkillLevel top = null;
        for (String word : Normalizer.normalize(role.level()).split(" ")) {
            Optional<SkillLevel> level = kb.terms().bands().exact(word).flatMap(RoadmapAnswers::skillFor);
            if (level.isPresent() && (top == null || level.get().compareTo(top) > 0)) {
                top = level.get();
            }
        }
        return top == null ? SkillLevel.ADVANCED : top;
    }

    /** The plan's items in order: skills level by level (each in the table's row order), projects, steps, habits. */
    public static List<PlanItem> build(KnowledgeBase kb, Role role, SkillLevel from) {
        SkillLevel to = target(kb, role);
        List<PlanItem> items = new ArrayList<>();
        for (SkillLevel level : SkillLevel.values()) {
            if (level.compareTo(from) < 0 || level.compareTo(to) > 0) {
                continue;
            }
            for (ProgressionRow row : kb.progression()) {
                items.add(new PlanItem(row.id() + "-" + level.name().toLowerCase(Locale.ROOT), ItemKind.SKILL, row.id(),
                        row.category() + " (" + level.label().toLowerCase(Locale.ROOT) + "): " + row.at(level)));
            }
        }
        items.addAll(projects(kb, role));
        for (Step step : kb.steps()) {
            items.add(new PlanItem(step.id(), ItemKind.STEP, step.id(), "Step " + step.number() + ": " + step.text()));
        }
        Topic habits = kb.topic(Anchor.LEARNING_HABITS);
        for (String point : habits.points()) {
            items.add(new PlanItem(pointId(habits.id(), point), ItemKind.HABIT, habits.id(), point));
        }
        return dedupe(items);
    }

    /**
     * One or two portfolio projects that fit the role: the project entries the portfolio topic points to, ranked by
     * the words they share with the role (a project that names the role itself first); the second only when it fits
     * too. Without project entries, the portfolio topic's own points.
     */
    static List<PlanItem> projects(KnowledgeBase kb, Role role) {
        Topic portfolio = kb.topic(Anchor.PORTFOLIO_PROJECTS);
        List<Topic> candidates = portfolio.related().stream().map(id -> kb.entry(id, Topic.class))
                .flatMap(Optional::stream).toList();
        if (candidates.isEmpty()) {
            return portfolio.points().stream().limit(2)
                    .map(p -> new PlanItem(pointId(portfolio.id(), p), ItemKind.PROJECT, portfolio.id(), p)).toList();
        }
        // What names the role and its work; the summary is prose that mentions much else.
        Set<String> roleWords = words(role.title(), role.focus(), String.join(" ", role.aliases()),
                String.join(" ", role.duties()), String.join(" ", role.skills()), String.join(" ", role.tools()),
                String.join(" ", role.examples()));
        record Fit(Topic project, int score, int order) {
        }
        List<Fit> fits = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Topic p = candidates.get(i);
            Set<String> shared = words(p.title(), p.summary(), String.join(" ", p.keywords()));
            shared.retainAll(roleWords);
            fits.add(new Fit(p, shared.size() + (p.related().contains(role.id()) ? 3 : 0), i));
        }
        fits.sort(Comparator.comparingInt(Fit::score).reversed().thenComparingInt(Fit::order));
        List<PlanItem> out = new ArrayList<>();
        for (Fit f : fits) {
            boolean fitsToo = out.isEmpty() || f.score() > 0 && f.score() * 2 >= fits.get(0).score();
            if (out.size() == 2 || !fitsToo) {
                break;
            }
            out.add(new PlanItem(f.project().id(), ItemKind.PROJECT, f.project().id(),
                    f.project().title() + ": " + f.project().summary()));
        }
        return out;
    }

    private static Set<String> words(String... texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            for (String w : Normalizer.normalize(t).split(" ")) {
                String stem = w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
                if (stem.length() >= 4 && !COMMON.contains(w) && !COMMON.contains(stem)) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /** A point of a topic has no id of its own: its topic's id and the point's name (the words before a colon). */
    static String pointId(String topicId, String point) {
        int colon = point.indexOf(':');
        String name = Normalizer.normalize(colon > 0 ? point.substring(0, colon) : point).replace(" ", "-").replaceAll("[^a-z0-9-]", "");
        String[] words = name.split("-");
        String slug = String.join("-", List.of(words).subList(0, Math.min(5, words.length)));
        String id = topicId + "-" + slug;
        return id.length() <= 80 ? id : id.substring(0, 80);
    }

    private static List<PlanItem> dedupe(List<PlanItem> items) {
        Set<String> ids = new HashSet<>();
        return items.stream().filter(i -> ids.add(i.id())).toList();
    }
}
