package mentorbot.mentor;

import java.util.List;

/**
 * A command's metadata, declared with the command: platforms build their registrations from it
 * (Discord typed options, the Slack manifest, help text). Option values are joined, in the order
 * declared here, into the command's argument text, which the command parses leniently.
 *
 * @param subcommands       for commands such as {@code /tips}: each is a first word of the argument text
 * @param managesCommunity  the command is for the people who run a community (a Slack workspace, a Discord server):
 *                          it sets up or reads the community's own things (its channels' tips, its mentors channel,
 *                          what its members asked), so it answers admins only and means something only inside that
 *                          community. Platforms offer it there alone, to its admins, where they can say so (Discord:
 *                          server installs, in the server, Manage Channels); the command still checks the caller.
 */
public record CommandSpec(String name, String description, String usageHint, List<OptionSpec> options,
                          List<SubcommandSpec> subcommands, boolean managesCommunity) {

    public CommandSpec {
        options = List.copyOf(options);
        subcommands = List.copyOf(subcommands);
    }

    public static CommandSpec of(String name, String description, String usageHint, OptionSpec... options) {
        return new CommandSpec(name, description, usageHint, List.of(options), List.of(), false);
    }

    /** A command for the people who run the community (see {@code managesCommunity}), with typed options. */
    public static CommandSpec forAdmins(String name, String description, String usageHint, OptionSpec... options) {
        return new CommandSpec(name, description, usageHint, List.of(options), List.of(), true);
    }

    /** One typed option. {@code values} tells where suggestions for it come from. */
    public record OptionSpec(String name, String description, boolean required, ValueSource values) {
    }

    /** A subcommand with its own options. */
    public record SubcommandSpec(String name, String description, List<OptionSpec> options) {
        public SubcommandSpec {
            options = List.copyOf(options);
        }
    }

    /**
     * Where an option's choices or autocomplete suggestions come from. {@code CHANNEL}: a channel of the team
     * (Discord offers its channel picker; Slack users type {@code #name}); {@code PERIOD}: {@code 7d} or {@code 30d}
     * (Discord offers the two as choices).
     */
    public enum ValueSource {
        FREE_TEXT, ROLE, SKILL_LEVEL, SALARY_LEVEL, REGION, INTERVIEW_TOPIC, TIME, TIME_ZONE, CHANNEL, PERIOD
    }
}
