package mentorbot.mentor.command;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import mentorbot.mentor.Answer;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.FreeTextAnswerer;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.MentorSubcommand;
import mentorbot.mentor.Replies;

/** {@code /mentor [question | help]}: a free-text question, or what the bot can do. */
public final class MentorCommand extends SpecCommand {

    public static final CommandSpec SPEC = CommandSpec.of("mentor",
            "Ask a question in your own words, or 'help' for what I can do",
            "[your question | help]",
            new OptionSpec("question", "Your question, e.g. do I need a PhD?", false, ValueSource.FREE_TEXT));

    private final FreeTextAnswerer answerer;
    private final Supplier<List<CommandSpec>> commands;
    private final List<MentorSubcommand> subcommands;

    /** @param commands every registered command, for the help text (supplied late: this command is one of them) */
    public MentorCommand(FreeTextAnswerer answerer, Supplier<List<CommandSpec>> commands) {
        this(answerer, commands, List.of());
    }

    /** @param subcommands {@code /mentor WORD …} of other features, answered by them and never cached */
    public MentorCommand(FreeTextAnswerer answerer, Supplier<List<CommandSpec>> commands, List<MentorSubcommand> subcommands) {
        super(SPEC);
        this.answerer = answerer;
        this.commands = commands;
        this.subcommands = List.copyOf(subcommands);
    }

    private java.util.Optional<MentorSubcommand> subcommand(String args) {
        String lower = args.strip().toLowerCase(Locale.ROOT);
        return subcommands.stream().filter(s -> lower.equals(s.name()) || lower.startsWith(s.name() + " ")).findFirst();
    }

    @Override
    public boolean cacheable(String args) {
        return subcommand(args).isEmpty();
    }

    @Override
    public Answer execute(Invocation inv) {
        String args = inv.args().strip();
        if (args.isEmpty() || args.toLowerCase(Locale.ROOT).equals("help")) {
            return Answer.of(Replies.help(commands.get(),
                    "I help you grow into AI developer and AI engineer roles: what each role does, what to learn, how interviews go and what the work pays.",
                    true));
        }
        java.util.Optional<MentorSubcommand> sub = subcommand(args);
        if (sub.isPresent()) {
            return sub.get().execute(inv, args.substring(sub.get().name().length()).strip());
        }
        return answerer.answer(args, inv.context(), inv.knowledge());
    }
}
