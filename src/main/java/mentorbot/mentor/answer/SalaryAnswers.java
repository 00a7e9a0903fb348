package mentorbot.mentor.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** Replies about pay: the salary table, filtered by level, role or region, with what moves pay. */
public final class SalaryAnswers {
    private SalaryAnswers() {
    }

    /** What a salary question asked for; every part optional. */
    public record Filter(Optional<SalaryBand> band, Optional<Role> role, Optional<String> region) {
        public static Filter none() {
            return new Filter(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    public static Answer answer(KnowledgeBase kb, Filter filter) {
        List<SalaryBand> focus = new ArrayList<>();
        filter.band().ifPresent(focus::add);
        if (focus.isEmpty()) {
            filter.role().filter(r -> r.level() != null).ifPresent(r -> focus.addAll(bandsForLevel(kb, r.level())));
        }
        String scope = kb.salary().scope();
        ReplyBuilder b;
        if (focus.isEmpty()) {
            b = ReplyBuilder.titled(scope).intro(filter.role().filter(r -> r.level() == null)
                    .map(r -> "The guide gives US salaries for AI engineers by experience level, and it gives no experience level"
                            + " for the " + r.title() + " (not one of the job-title table's rows), so here is the whole table.")
                    .orElse("US salary ranges for AI engineers by experience level."));
        } else {
            SalaryBand first = focus.get(0);
            SalaryBand last = focus.get(focus.size() - 1);
            String who = filter.role().map(Role::title).orElse("AI engineer");
            String title = filter.band().isPresent()
                    ? first.level() + " " + who + " salary (USA)"
                    : who + " salary (USA)";
            b = ReplyBuilder.titled(title).intro(intro(filter, first, last));
        }
        for (SalaryBand band : focus) {
            b.field(band.level(), band.range());
        }
        List<String> others = kb.salary().bands().stream().filter(x -> !focus.contains(x))
                .map(x -> x.level() + ": " + x.range()).toList();
        if (focus.isEmpty()) {
            kb.salary().bands().forEach(x -> b.field(x.level(), x.range()));
        } else {
            b.items("Other levels", others);
        }
        java.util.Optional.of(kb.topic(mentorbot.knowledge.Anchor.TOP_PAYING_REGIONS)).ifPresent(t -> b.text("Top-paying regions",
                filter.region().map(r -> r + " is one of the top-paying regions the guide names, with "
                        + String.join(" and ", t.points().stream().filter(p -> !p.equals(r)).toList())
                        + ". The guide gives no separate figures per region.").orElse(t.summary())));
        kb.topic("pay-factors").ifPresent(t -> b.items("What moves pay", t.points()));
        kb.topic("demand-outlook").ifPresent(t -> b.text("Demand outlook", t.summary()));
        if (filter.role().filter(r -> r.id().equals("generative-ai-developer")).isPresent() || focus.isEmpty()) {
            kb.topic("genai-earnings").ifPresent(t -> b.text(t.title(), t.summary()));
        }
        b.suggest("Senior", "/salary senior").suggest("Big Tech", "/salary big tech")
                .suggest("Entry level", "/salary entry")
                .suggest("Learning roadmap", "/roadmap")
                .footer(Sources.footer(kb.salary().source()));
        String level = filter.band().map(SalaryBand::level).orElse(null);
        return Answer.about(b.build(), new Subject(filter.role().map(Role::id).orElse(null), level, "salary"));
    }

    private static String intro(Filter filter, SalaryBand first, SalaryBand last) {
        String range = first == last ? first.range() : lower(first.range()) + " to " + upper(last.range());
        if (filter.band().isPresent()) {
            String who = filter.role().map(r -> "The guide gives salaries by experience level, not by job title; for the "
                    + r.title() + " role the " + first.level() + " range applies: ").orElse(first.level() + " AI engineers in the USA earn ");
            return who + first.range() + " a year.";
        }
        Role role = filter.role().orElseThrow();
        return "The guide gives salaries by experience level, not by job title. " + role.title() + " is listed at "
                + role.level() + " level, which the table puts at " + range + " a year in the USA.";
    }

    /** The bands a role's level string spans: "Mid to Senior" gives Mid and Senior. */
    static List<SalaryBand> bandsForLevel(KnowledgeBase kb, String level) {
        Set<SalaryBand> out = new LinkedHashSet<>();
        for (String word : Normalizer.normalize(level).split(" ")) {
            kb.terms().bands().exact(word).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static String lower(String range) {
        return range.split("\\s*[–-]\\s*")[0];
    }

    private static String upper(String range) {
        String[] parts = range.split("\\s*[–-]\\s*");
        return parts[parts.length - 1];
    }

    /** The top-paying regions topic, for region questions without a salary level. */
    public static Optional<Topic> regions(KnowledgeBase kb) {
        return Optional.of(kb.topic(mentorbot.knowledge.Anchor.TOP_PAYING_REGIONS));
    }
}
