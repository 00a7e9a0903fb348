package mentorbot.platform.discord;

import java.util.List;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.SubcommandSpec;
import mentorbot.mentor.CommandSpec.ValueSource;

/** Hand-made specs mirroring PRODUCT.md's commands; the real ones come from the core. */
final class TestSpecs {

    private TestSpecs() {
    }

    static List<CommandSpec> all() {
        return List.of(
                CommandSpec.of("role", "What an AI role does", "[role]",
                        new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE)),
                CommandSpec.of("roadmap", "Skills to learn, step by step", "[role] [level]",
                        new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE),
                        new OptionSpec("level", "foundational, intermediate or advanced", false, ValueSource.SKILL_LEVEL)),
                CommandSpec.of("interview", "Interview questions and answers", "[question or topic]",
                        new OptionSpec("topic", "A question or topic", false, ValueSource.INTERVIEW_TOPIC)),
                CommandSpec.of("salary", "US salary ranges", "[level] [role] [region]",
                        new OptionSpec("level", "entry, mid, senior, big tech", false, ValueSource.SALARY_LEVEL),
                        new OptionSpec("role", "Role name or alias", false, ValueSource.ROLE),
                        new OptionSpec("region", "A region", false, ValueSource.REGION)),
                CommandSpec.of("tip", "One learning tip now", ""),
                new CommandSpec("tips", "Daily learning tip for this channel", "subscribe|unsubscribe|status", List.of(),
                        List.of(new SubcommandSpec("subscribe", "Post a tip here every day", List.of(
                                        new OptionSpec("time", "HH:MM", false, ValueSource.TIME),
                                        new OptionSpec("zone", "Time zone", false, ValueSource.TIME_ZONE))),
                                new SubcommandSpec("unsubscribe", "Stop the daily tip here", List.of()),
                                new SubcommandSpec("status", "Show this channel's subscription", List.of())),
                        true),
                CommandSpec.of("mentor", "Ask the mentor anything, or help", "[question]",
                        new OptionSpec("question", "Your question", false, ValueSource.FREE_TEXT)));
    }
}
