package mentorbot.mentor.role;

import java.util.List;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Action;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.NotUnderstood;
import mentorbot.mentor.Reply;

/** {@code /role [name]}: every role, or one role in full. */
public final class RoleCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("role",
            "What an AI role does: level, focus, responsibilities, skills, tools",
            "[role name or alias, e.g. mlops, cv, nlp, genai]",
            new OptionSpec("role", "Role name or alias (mlops, cv, nlp, genai…)", false, ValueSource.ROLE));

    public RoleCommand() {
        super(SPEC);
    }

    @Override
    public Answer execute(Invocation inv) {
        if (inv.args().isBlank()) {
            return RoleAnswers.list(inv.knowledge());
        }
        Terms terms = inv.knowledge().terms();
        Terms.Scan scan = terms.scan(inv.args());
        if (scan.role().isPresent() && scan.unknown().isEmpty()) {
            return RoleAnswers.describe(scan.role().get(), inv.knowledge());
        }
        // A whole-phrase typo ("machine lerning enginer") is still one role.
        var whole = terms.roles().find(inv.args());
        if (whole.isPresent()) {
            return RoleAnswers.describe(whole.get(), inv.knowledge());
        }
        List<String> unknown = scan.unknown().isEmpty() ? List.of(inv.args()) : scan.unknown();
        // One word that only one role's names contain ("conversational") can mean nothing else.
        var only = terms.roles().onlyOneContaining(inv.args());
        if (only.isPresent()) {
            return RoleAnswers.describe(only.get(), inv.knowledge());
        }
        List<Reply.Suggestion> closest = terms.roles().closest(inv.args(), 3).stream()
                .map(r -> new Reply.Suggestion(r.title(), new Action.Run("role", RoleAnswers.shortName(r))))
                .toList();
        return NotUnderstood.reply("role", "a role", unknown, closest, SPEC.usageHint());
    }
}
