package mentorbot.mentor.roadmap;

import java.util.ArrayList;
import java.util.List;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Action;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Command;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.NotUnderstood;
import mentorbot.mentor.Reply;
import mentorbot.mentor.role.RoleAnswers;

/** {@code /roadmap [role] [level]}: the skill progression, steps, projects and habits. */
public final class RoadmapCommand implements Command {

    public static final CommandSpec SPEC = CommandSpec.of("roadmap",
            "What to learn next: skill progression, steps, portfolio projects, habits",
            "[role] [foundational|intermediate|advanced]",
            new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE),
            new OptionSpec("level", "foundational, intermediate or advanced", false, ValueSource.SKILL_LEVEL));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        Terms.Scan scan = kb.terms().scan(inv.args());
        if (!scan.unknown().isEmpty()) {
            List<Reply.Suggestion> closest = new ArrayList<>();
            String first = scan.unknown().get(0);
            kb.terms().skills().closest(first, 2).forEach(l -> closest.add(new Reply.Suggestion(l.label(), new Action.Run("roadmap", l.label().toLowerCase()))));
            kb.terms().roles().closest(first, 2).forEach(r -> closest.add(new Reply.Suggestion(r.title(), new Action.Run("roadmap", RoleAnswers.shortName(r)))));
            return NotUnderstood.reply("roadmap", "a role or level", scan.unknown(), closest, SPEC.usageHint());
        }
        var level = scan.skill();
        if (level.isEmpty() && scan.band().isPresent()) {
            level = RoadmapAnswers.skillFor(scan.band().get());
        }
        return RoadmapAnswers.answer(kb, scan.role(), level);
    }
}
