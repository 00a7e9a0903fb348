package mentorbot.mentor.salary;

import java.util.List;
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
import mentorbot.mentor.Place;
import mentorbot.mentor.role.RoleAnswers;

/** {@code /salary [level] [role] [region]}: US salary ranges, filtered by what is given. */
public final class SalaryCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("salary",
            "US salary ranges by experience level, top-paying regions, what moves pay",
            "[entry|mid|senior|big tech] [role] [region]",
            new OptionSpec("level", "Experience level: entry, mid, senior or big tech", false, ValueSource.SALARY_LEVEL),
            new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE),
            new OptionSpec("region", "Region, e.g. Seattle", false, ValueSource.REGION));

    public SalaryCommand() {
        super(SPEC);
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        if (inv.args().isBlank()) {
            return SalaryAnswers.table(kb, SalaryAnswers.Filter.none());
        }
        Terms.Scan scan = kb.terms().scan(inv.args());
        Optional<Answer> unknown = NotUnderstood.of("salary", "a level, role or region", scan.unknown(), SPEC.usageHint(),
                word -> NotUnderstood.runs("salary", kb.terms().bands().closest(word, 2), b -> b.level(), b -> b.level()),
                word -> NotUnderstood.runs("salary", kb.terms().roles().closest(word, 2), Role::title, RoleAnswers::shortName),
                word -> NotUnderstood.runs("salary", kb.terms().regions().closest(word, 1), g -> g, g -> g));
        if (unknown.isPresent()) {
            return unknown.get();
        }
        var band = scan.band();
        if (band.isEmpty() && scan.skill().isPresent()) {
            band = kb.terms().bands().exact(scan.skill().get().label()); // "intermediate" reads as mid
        }
        // "/salary entry senior": every level named, side by side.
        List<mentorbot.knowledge.SalaryBand> bands = scan.bands().size() > 1 ? scan.bands() : band.map(List::of).orElse(List.of());
        return SalaryAnswers.table(kb, new SalaryAnswers.Filter(bands, scan.role(),
                scan.region().map(r -> new Place(r, true, true))));
    }
}
