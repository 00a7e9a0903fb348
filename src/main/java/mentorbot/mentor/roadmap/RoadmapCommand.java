package mentorbot.mentor.roadmap;

import java.util.Optional;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.NotUnderstood;
import mentorbot.mentor.role.RoleAnswers;

/** {@code /roadmap [role] [level]}: the skill progression, steps, projects and habits. */
public final class RoadmapCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("roadmap",
            "What to learn next: skill progression, steps, portfolio projects, habits",
            "[role] [foundational|intermediate|advanced]",
            new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE),
            new OptionSpec("level", "foundational, intermediate or advanced", false, ValueSource.SKILL_LEVEL));

    public RoadmapCommand() {
        super(SPEC);
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        Terms.Scan scan = kb.terms().scan(inv.args());
        Optional<Answer> unknown = NotUnderstood.of("roadmap", "a role or level", scan.unknown(), SPEC.usageHint(),
                word -> NotUnderstood.runs("roadmap", kb.terms().skills().closest(word, 2), l -> l.label(), l -> l.label()),
                word -> NotUnderstood.runs("roadmap", kb.terms().roles().closest(word, 2), Role::title, RoleAnswers::shortName));
        if (unknown.isPresent()) {
            return unknown.get();
        }
        var level = scan.skill();
        if (level.isEmpty() && scan.band().isPresent()) {
            level = RoadmapAnswers.skillFor(scan.band().get());
        }
        return RoadmapAnswers.answer(kb, scan.role(), level);
    }
}
