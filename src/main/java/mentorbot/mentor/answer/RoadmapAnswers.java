package mentorbot.mentor.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Step;
import mentorbot.mentor.Answer;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Subject;

/** Replies about what to learn: the skill progression, the steps, projects and habits. */
public final class RoadmapAnswers {

    /** The learning-path topics that explain each part of the progression. */
    private static final String FOUNDATIONAL_LAYER = "foundational-layer";
    private static final String SPECIALIZATION_LAYER = "specialization-layer";

    private RoadmapAnswers() {
    }

    public static Answer answer(KnowledgeBase kb, Optional<Role> role, Optional<SkillLevel> level) {
        String title = level.map(l -> l.label() + " skills").orElse("Skill roadmap")
                + role.map(r -> " for " + r.title()).orElse("");
        ReplyBuilder b = ReplyBuilder.titled(title);
        if (role.isPresent()) {
            Role r = role.get();
            String cells = Stream.of(r.level(), r.focus()).filter(Objects::nonNull).collect(Collectors.joining(", "));
            String name = r.title() + (cells.isEmpty() ? "" : " (" + cells + ")");
            b.intro("The skill progression below is the generative AI guide's path for a generative AI developer. "
                    + (r.skills().isEmpty() ? "The guides list no skills of their own for " + name + "."
                            : "The skills the guides give for " + name + " come first."));
            b.items("Skills for " + r.title(), r.skills());
            if (!r.tools().isEmpty()) {
                b.text("Tools for " + r.title(), String.join(", ", r.tools()));
            }
        } else {
            b.intro(level.isPresent()
                    ? "What to learn at the " + level.get().label().toLowerCase() + " level, category by category."
                    : "Build skills in order: each level rests on the one before it.");
        }
        if (level.isPresent()) {
            SkillLevel l = level.get();
            b.items(l.label() + " level", kb.progression().stream().map(row -> row.category() + ": " + row.at(l)).toList());
            String layer = l == SkillLevel.FOUNDATIONAL ? FOUNDATIONAL_LAYER : SPECIALIZATION_LAYER;
            kb.topic(layer).ifPresent(t -> b.section(t.title(), t.summary(), t.points()));
        } else {
            for (SkillLevel l : SkillLevel.values()) {
                b.items(l.label(), kb.progression().stream().map(row -> row.category() + ": " + row.at(l)).toList());
            }
        }
        if (role.isEmpty() || level.isEmpty()) {
            b.items("Five steps to become an AI engineer", kb.steps().stream().map(s -> s.number() + ". " + s.text()).toList());
        }
        kb.topic("portfolio-projects").ifPresent(t -> b.items("Portfolio projects", t.points()));
        kb.topic("learning-habits").ifPresent(t -> b.items("Learning habits", t.points()));
        level.ifPresentOrElse(l -> {
            if (l != SkillLevel.ADVANCED) {
                SkillLevel next = SkillLevel.values()[l.ordinal() + 1];
                b.suggest(next.label() + " level", "/roadmap " + next.label().toLowerCase());
            }
        }, () -> b.suggest("Foundational level", "/roadmap foundational"));
        b.suggest("Advanced level", "/roadmap advanced")
                .suggest("Certifications", "/mentor which certifications help")
                .suggest("Salary ranges", "/salary")
                .footer(Sources.footer("seed-genai-developer") + " Steps from the AI engineer career guide.");
        return Answer.about(b.build(), new Subject(role.map(Role::id).orElse(null),
                level.map(SkillLevel::label).orElse(null), "roadmap"));
    }

    /**
     * The skill column for an experience level, when someone asks what to learn "as a junior":
     * entry learns the foundations, mid the intermediate column, senior the advanced one.
     */
    public static Optional<SkillLevel> skillFor(mentorbot.knowledge.SalaryBand band) {
        return switch (band.level().toLowerCase(java.util.Locale.ROOT)) {
            case "entry" -> Optional.of(SkillLevel.FOUNDATIONAL);
            case "mid" -> Optional.of(SkillLevel.INTERMEDIATE);
            case "senior" -> Optional.of(SkillLevel.ADVANCED);
            default -> Optional.empty();
        };
    }

    /** One row of the progression across its three levels. */
    public static Answer row(KnowledgeBase kb, ProgressionRow row) {
        return Answer.about(ReplyBuilder.titled("Skill progression: " + row.category())
                .intro("How " + row.category().toLowerCase() + " skills grow from foundational to advanced.")
                .field("Foundational", row.foundational())
                .field("Intermediate", row.intermediate())
                .field("Advanced", row.advanced())
                .suggest("Whole roadmap", "/roadmap")
                .footer(Sources.footer("seed-genai-developer"))
                .build(), new Subject(null, null, "roadmap"));
    }

    /** The ordered steps alone. */
    public static Answer steps(KnowledgeBase kb) {
        List<Step> steps = kb.steps();
        return Answer.about(ReplyBuilder.titled("How to become an AI engineer")
                .intro("Five steps, in order.")
                .items("Steps", steps.stream().map(s -> s.number() + ". " + s.text()).toList())
                .suggest("Skill roadmap", "/roadmap")
                .suggest("Certifications", "/mentor which certifications help")
                .suggest("Interview questions", "/interview")
                .footer(Sources.footer("seed-ai-engineer"))
                .build(), new Subject(null, null, "roadmap"));
    }
}
