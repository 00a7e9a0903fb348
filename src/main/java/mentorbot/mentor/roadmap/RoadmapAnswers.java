package mentorbot.mentor.roadmap;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Step;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Sources;
import mentorbot.mentor.Subject;

/** Replies about what to learn: the skill progression, where a skill sits in it, the steps, projects and habits. */
public final class RoadmapAnswers {

    private RoadmapAnswers() {
    }

    public static Answer answer(KnowledgeBase kb, Optional<Role> role, Optional<SkillLevel> level) {
        return answer(kb, role, level, Optional.empty());
    }

    /**
     * A layer of the generative AI guide asked about for itself ("what's the big concept I need to catch up on?"):
     * the layer leads, with what it covers, and a level of the table follows: the layer's own, or the asker's
     * ("total beginner, where do I start?" is the foundational level whichever layer matched).
     */
    public static Answer layer(KnowledgeBase kb, Optional<Role> role, Anchor layer, SkillLevel tableLevel) {
        return answer(kb, role, Optional.of(tableLevel), Optional.of(layer));
    }

    private static Answer answer(KnowledgeBase kb, Optional<Role> role, Optional<SkillLevel> level, Optional<Anchor> asked) {
        boolean layerFirst = asked.isPresent();
        Topic layerTopic = kb.topic(asked.orElse(level.filter(l -> l != SkillLevel.FOUNDATIONAL).isPresent()
                ? Anchor.SPECIALIZATION_LAYER : Anchor.FOUNDATIONAL_LAYER));
        String title = layerFirst ? layerTopic.title() : level.map(l -> l.label() + " skills").orElse("Skill roadmap")
                + role.map(r -> " for " + r.title()).orElse("");
        ReplyBuilder b = ReplyBuilder.titled(title);
        String tableLevel = "";
        if (layerFirst) {
            String summary = layerTopic.summary();
            List<String> names = layerTopic.points().stream().map(RoadmapAnswers::pointName).toList();
            int first = mentorbot.mentor.Sentences.leadEnd(summary, 250);
            String covers = names.isEmpty() ? "" : " It covers: " + (names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)) + ".";
            b.lead(summary.substring(0, first).strip() + covers);
            SkillLevel l = level.orElseThrow();
            tableLevel = "At the skill table's " + l.label().toLowerCase(Locale.ROOT) + " level: " + String.join("; ",
                    kb.progression().stream().map(row -> row.at(l)).toList()) + ". ";
            b.section(layerTopic.title(), summary.substring(first).strip(), layerTopic.points());
        } else if (level.isPresent()) {
            SkillLevel l = level.get();
            b.lead("At the " + l.label().toLowerCase(Locale.ROOT) + " level: " + String.join("; ",
                    kb.progression().stream().map(row -> row.at(l)).toList()) + ".");
        } else {
            b.lead("Learn in order, foundational to intermediate to advanced, across five areas: "
                    + String.join(", ", kb.progression().stream().map(ProgressionRow::category).toList())
                    + "; each level rests on the one before it.");
        }
        // "Can I skip to the advanced stage?": no level stands alone.
        String restsOn = level.filter(l -> l != SkillLevel.FOUNDATIONAL)
                .map(l -> "Each level rests on the one before it, from the foundational level up. ").orElse("");
        if (role.isEmpty() && !(restsOn + tableLevel).isEmpty()) {
            b.intro(layerFirst ? tableLevel.strip() : restsOn.strip());
        }
        if (role.isPresent()) {
            Role r = role.get();
            String cells = Stream.of(r.level(), r.focus()).filter(Objects::nonNull).collect(Collectors.joining(", "));
            String name = r.title() + (cells.isEmpty() ? "" : " (" + cells + ")");
            b.intro((layerFirst ? tableLevel : restsOn) + "The skill progression is the generative AI guide's path for a generative AI developer. "
                    + (r.skills().isEmpty() ? "The guides list no skills of their own for the " + name + "."
                            : "The skills the guides give for the " + name + " come first."));
            b.items("Skills for " + r.title(), r.skills());
            if (!r.tools().isEmpty()) {
                b.text("Tools for " + r.title(), String.join(", ", r.tools()));
            }
        }
        if (!layerFirst && level.isPresent()) { // a layer asked about has its level in the intro already
            SkillLevel l = level.get();
            b.items(l.label() + " level", kb.progression().stream().map(row -> row.category() + ": " + row.at(l)).toList());
            b.section(layerTopic.title(), layerTopic.summary(), layerTopic.points());
        } else if (!layerFirst) {
            for (SkillLevel l : SkillLevel.values()) {
                b.items(l.label(), kb.progression().stream().map(row -> row.category() + ": " + row.at(l)).toList());
            }
        }
        if (role.isEmpty() || level.isEmpty()) {
            b.items("Five steps to become an AI engineer", stepLines(kb));
        }
        b.items("Portfolio projects", kb.topic(Anchor.PORTFOLIO_PROJECTS).points());
        b.items("Learning habits", kb.topic(Anchor.LEARNING_HABITS).points());
        level.ifPresentOrElse(l -> l.next().ifPresent(next ->
                b.suggest(next.label() + " level", "/roadmap " + next.label().toLowerCase(Locale.ROOT))),
                () -> b.suggest("Foundational level", "/roadmap foundational"));
        b.suggest("Advanced level", "/roadmap advanced")
                .suggest("Certifications", "/mentor which certifications help")
                .suggest("Salary ranges", "/salary")
                .footer(Sources.footer(kb, kb.progression().get(0).source()) + " Steps from "
                        + kb.sourceName(kb.steps().get(0).source()) + ".");
        return Answer.about(b.build(), new Subject(role.map(Role::id).orElse(null),
                level.map(SkillLevel::label).orElse(null), layerTopic.id()));
    }

    /** A point's name: "Prompt engineering" of "Prompt engineering: crafting the input...". */
    private static String pointName(String point) {
        int colon = point.indexOf(':');
        return colon > 0 ? point.substring(0, colon) : point;
    }

    /**
     * The skill column for an experience level, when someone asks what to learn "as a beginner":
     * entry reads as the foundations, mid as the intermediate column, senior as the advanced one.
     */
    public static Optional<SkillLevel> skillFor(SalaryBand band) {
        return switch (band.level().toLowerCase(Locale.ROOT)) {
            case "entry" -> Optional.of(SkillLevel.FOUNDATIONAL);
            case "mid" -> Optional.of(SkillLevel.INTERMEDIATE);
            case "senior" -> Optional.of(SkillLevel.ADVANCED);
            default -> Optional.empty();
        };
    }

    /** One row of the progression across its three levels, led by the level asked for, if any. */
    public static Answer row(KnowledgeBase kb, ProgressionRow row, Optional<SkillLevel> asked) {
        String lead = asked.map(l -> row.category() + " at the " + l.label().toLowerCase(Locale.ROOT) + " level: " + row.at(l) + ".")
                .orElse(row.category() + " grows from " + row.foundational() + " (foundational) to " + row.intermediate()
                        + " (intermediate) and " + row.advanced() + " (advanced).");
        return Answer.about(ReplyBuilder.titled(row.title())
                .lead(lead)
                .field("Foundational", row.foundational())
                .field("Intermediate", row.intermediate())
                .field("Advanced", row.advanced())
                .suggest("Whole roadmap", "/roadmap")
                .footer(Sources.footer(kb, row.source()))
                .build(), new Subject(null, asked.map(SkillLevel::label).orElse(null), row.id()));
    }

    /**
     * Where the skills a question names sit in the table, each in its row and level, then what else that
     * level holds and what the next level brings: someone who names what they know wants the way on.
     *
     * @param asksNext the question asks what comes after ("what's the next tier after PyTorch basics?"): the
     *                 next level leads
     */
    static Answer cells(KnowledgeBase kb, List<Cells.Cell> cells, boolean asksNext) {
        return cells(kb, cells, asksNext, "Where it sits in the skill progression", "");
    }

    /** @param said what the guide says that answers the question, before where the cells sit */
    private static Answer cells(KnowledgeBase kb, List<Cells.Cell> cells, boolean asksNext, String title, String said) {
        // "Python basics done and a first FastAPI app: what comes after?": after the furthest of them.
        Cells.Cell first = asksNext ? cells.stream().max(java.util.Comparator.comparing(Cells.Cell::level)).orElseThrow() : cells.get(0);
        SkillLevel level = first.level();
        Optional<SkillLevel> next = level.next();
        String where = cells.size() == 1 ? where(first)
                : String.join(" ", cells.stream().limit(3).map(RoadmapAnswers::where).toList());
        String lead = asksNext && next.isPresent()
                ? where + " Next comes the " + next.get().label().toLowerCase(Locale.ROOT) + " level: "
                        + String.join("; ", kb.progression().stream().map(row -> row.at(next.get())).toList()) + "."
                : where;
        ReplyBuilder b = ReplyBuilder.titled(title).lead(said + lead);
        cells.stream().map(Cells.Cell::row).distinct().limit(3).forEach(row -> b.items(row.title(), List.of(
                "Foundational: " + row.foundational(), "Intermediate: " + row.intermediate(), "Advanced: " + row.advanced())));
        Set<ProgressionRow> named = cells.stream().map(Cells.Cell::row).collect(Collectors.toSet());
        List<String> alongside = kb.progression().stream().filter(row -> !named.contains(row))
                .map(row -> row.category() + ": " + row.at(level)).toList();
        if (!alongside.isEmpty()) {
            b.items("Also at the " + level.label().toLowerCase(Locale.ROOT) + " level", alongside);
        }
        next.ifPresent(n -> b.items("Then the " + n.label().toLowerCase(Locale.ROOT) + " level",
                kb.progression().stream().map(row -> row.category() + ": " + row.at(n)).toList()));
        Topic layer = kb.topic(level == SkillLevel.FOUNDATIONAL ? Anchor.FOUNDATIONAL_LAYER : Anchor.SPECIALIZATION_LAYER);
        b.text(layer.title(), layer.summary());
        b.suggest("Whole roadmap", "/roadmap")
                .suggest(level.label() + " level", "/roadmap " + level.label().toLowerCase(Locale.ROOT));
        next.ifPresent(n -> b.suggest(n.label() + " level", "/roadmap " + n.label().toLowerCase(Locale.ROOT)));
        return Answer.about(b.footer(Sources.footer(kb, first.row().source())).build(),
                new Subject(null, level.label(), first.row().id()));
    }

    /**
     * Fine-tuning on a small budget: the specialization layer's word on parameter-efficient fine-tuning leads, then where
     * fine-tuning sits in the table. None when the knowledge names no such point or cell.
     */
    static Optional<Answer> affordableFineTuning(KnowledgeBase kb) {
        if (!knowsAffordableFineTuning(kb)) {
            return Optional.empty();
        }
        Topic layer = kb.topic(Anchor.SPECIALIZATION_LAYER);
        String point = peftPoint(kb).orElseThrow();
        List<Cells.Cell> cells = Cells.named("peft", kb);
        String said = point.substring(point.indexOf(':') + 1).strip();
        return Optional.of(cells(kb, cells, false, layer.title(), Character.toUpperCase(said.charAt(0)) + said.substring(1) + ". "));
    }

    /** Whether the guides say how to fine-tune affordably: the specialization layer's PEFT point and its cell of the table. */
    static boolean knowsAffordableFineTuning(KnowledgeBase kb) {
        return peftPoint(kb).isPresent() && !Cells.named("peft", kb).isEmpty();
    }

    private static Optional<String> peftPoint(KnowledgeBase kb) {
        return kb.topic(Anchor.SPECIALIZATION_LAYER).points().stream().filter(p -> p.contains("PEFT")).findFirst();
    }

    private static String where(Cells.Cell c) {
        return "\"" + c.text() + "\" is at the " + c.level().label() + " level of " + c.row().category() + ".";
    }

    /** The ordered steps, led by the one asked about when a question names one, with a role's own skills when one is named. */
    public static Answer steps(KnowledgeBase kb, Optional<Step> asked, Optional<Role> role) {
        String lead = asked.map(s -> "Step " + s.number() + " of " + kb.steps().size() + ": " + s.text())
                .orElse("Five steps: " + String.join(" ", kb.steps().stream().map(s -> s.number() + ". " + s.text()).toList()));
        ReplyBuilder b = ReplyBuilder.titled("How to become " + role.map(r -> article(r.title()) + " " + r.title()).orElse("an AI engineer"))
                .lead(lead)
                .items("Steps", stepLines(kb));
        role.ifPresent(r -> {
            b.items("Skills for the " + r.title(), r.skills());
            if (!r.tools().isEmpty()) {
                b.text("Tools for the " + r.title(), String.join(", ", r.tools()));
            }
        });
        return Answer.about(b
                .items("Portfolio projects", kb.topic(Anchor.PORTFOLIO_PROJECTS).points())
                .suggest("Skill roadmap", "/roadmap")
                .suggest("Certifications", "/mentor which certifications help")
                .suggest("Interview questions", "/interview")
                .footer(Sources.footer(kb, kb.steps().get(0).source()))
                .build(), new Subject(role.map(Role::id).orElse(null), null, asked.orElse(kb.steps().get(0)).id()));
    }

    /** "an" before a vowel sound: "an AI", "an MLOps", "an NLP", but "a Generative", "a CV". */
    static String article(String word) {
        boolean acronym = word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(word.charAt(1));
        String vowelSounds = acronym ? "AEFHILMNORSX" : "AEIOU";
        return vowelSounds.indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    private static List<String> stepLines(KnowledgeBase kb) {
        return kb.steps().stream().map(s -> s.number() + ". " + s.text()).toList();
    }
}
