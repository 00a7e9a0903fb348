package mentorbot.platform.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * Builds Discord slash commands from the core's {@link CommandSpec}s, and tells whether the
 * commands Discord already has are the same (so that start-up only sends an update when needed).
 */
final class DiscordCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DiscordCommands() {
    }

    static List<SlashCommandData> build(List<CommandSpec> specs) {
        List<SlashCommandData> out = new ArrayList<>();
        for (CommandSpec spec : specs) {
            SlashCommandData cmd = Commands.slash(spec.name().toLowerCase(Locale.ROOT), description(spec.description()));
            if (spec.subcommands().isEmpty()) {
                spec.options().forEach(o -> cmd.addOptions(option(o)));
            } else {
                for (CommandSpec.SubcommandSpec sub : spec.subcommands()) {
                    SubcommandData s = new SubcommandData(sub.name().toLowerCase(Locale.ROOT), description(sub.description()));
                    sub.options().forEach(o -> s.addOptions(option(o)));
                    cmd.addSubcommands(s);
                }
            }
            if (spec.managesCommunity()) {
                // The server's own settings and figures: only where the server installed the bot, in the server, and
                // shown to those who may manage its channels (the bot's admins there), since a user-install has
                // nothing of the server's to set or read and its answer could only be "admins only".
                cmd.setIntegrationTypes(IntegrationType.GUILD_INSTALL).setContexts(InteractionContextType.GUILD)
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_CHANNEL));
            } else {
                // A learner who added the app to their own account may ask in any server, DM or group DM.
                cmd.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                                InteractionContextType.PRIVATE_CHANNEL);
            }
            out.add(cmd);
        }
        return out;
    }

    private static OptionData option(OptionSpec o) {
        if (o.values() == ValueSource.CHANNEL) {
            return new OptionData(OptionType.CHANNEL, o.name().toLowerCase(Locale.ROOT), description(o.description()),
                    o.required()).setChannelTypes(net.dv8tion.jda.api.entities.channel.ChannelType.TEXT);
        }
        if (o.values() == ValueSource.PERIOD) {
            return new OptionData(OptionType.STRING, o.name().toLowerCase(Locale.ROOT), description(o.description()),
                    o.required()).addChoice("7 days", "7d").addChoice("30 days", "30d");
        }
        boolean auto = o.values() != null && o.values() != ValueSource.FREE_TEXT;
        OptionData d = new OptionData(OptionType.STRING, o.name().toLowerCase(Locale.ROOT), description(o.description()),
                o.required(), auto);
        if (o.values() == ValueSource.TIME) {
            d.setMaxLength(5);
        }
        return d;
    }

    private static String description(String text) {
        String d = text == null || text.isBlank() ? "-" : text.strip();
        return TextFit.fit(d, CommandData.MAX_DESCRIPTION_LENGTH);
    }

    /** The spec with this command name, if any. */
    static Optional<CommandSpec> find(List<CommandSpec> specs, String name) {
        return specs.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The options a command (or one of its subcommands) declares, in order. */
    static List<OptionSpec> options(CommandSpec spec, String subcommand) {
        if (subcommand == null || spec.subcommands().isEmpty()) {
            return spec.options();
        }
        return spec.subcommands().stream().filter(s -> s.name().equalsIgnoreCase(subcommand)).findFirst()
                .map(CommandSpec.SubcommandSpec::options).orElse(List.of());
    }

    /** True when Discord's commands equal the desired ones (names, descriptions, options, installs, contexts, permissions). */
    static boolean same(List<Command> existing, List<? extends CommandData> desired) {
        return canonical(existing.stream().map(CommandData::fromCommand).toList()).equals(canonical(desired));
    }

    private static Map<String, JsonNode> canonical(List<? extends CommandData> commands) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (CommandData c : commands) {
            try {
                JsonNode node = JSON.readTree(c.toData().toJson());
                strip(node);
                out.put(c.getName() + "#" + c.getType(), node);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Could not read command " + c.getName(), e);
            }
        }
        return out;
    }

    /** Drops what Discord adds or JDA may leave empty, so equal commands compare equal. */
    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode obj) {
            Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                JsonNode v = e.getValue();
                if (k.equals("id") || k.equals("application_id") || k.equals("guild_id") || k.equals("version")
                        || v.isNull() || (v.isArray() && v.isEmpty() && !k.equals("contexts"))
                        || (v.isObject() && v.isEmpty())) {
                    it.remove();
                } else {
                    strip(v);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(DiscordCommands::strip);
        }
    }
}
