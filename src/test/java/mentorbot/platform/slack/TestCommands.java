package mentorbot.platform.slack;

import java.util.List;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;

/** The commands of PRODUCT.md, as the core's specs would declare them (the real list is the lead's). */
final class TestCommands {
    private TestCommands() {
    }

    static final List<CommandSpec> ALL = List.of(
            CommandSpec.of("role", "What an AI role does: level, focus, skills, tools", "[role]",
                    new OptionSpec("role", "role name or alias", false, ValueSource.ROLE)),
            CommandSpec.of("roadmap", "Skill progression and steps, by role and level", "[role] [level]",
                    new OptionSpec("role", "role", false, ValueSource.ROLE),
                    new OptionSpec("level", "level", false, ValueSource.SKILL_LEVEL)),
            CommandSpec.of("interview", "Interview questions and how to answer them", "[question or topic]",
                    new OptionSpec("topic", "topic", false, ValueSource.INTERVIEW_TOPIC)),
            CommandSpec.of("salary", "US salary ranges by level and region", "[role] [level] [region]",
                    new OptionSpec("role", "role", false, ValueSource.ROLE)),
            CommandSpec.of("tip", "One learning tip now, only to you", ""),
            CommandSpec.of("tips", "Daily tip for this channel", "subscribe [HH:MM] [zone] | unsubscribe | status"),
            CommandSpec.of("mentor", "Ask a question, or help", "[question] | help",
                    new OptionSpec("question", "question", false, ValueSource.FREE_TEXT)));
}
