package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mentorbot.mentor.CommandSpec;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class DiscordCommandsTest {

    private static SlashCommandData named(List<SlashCommandData> all, String name) {
        return all.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void buildsTypedOptionsWithAutocompleteFromSpecs() {
        List<SlashCommandData> all = DiscordCommands.build(TestSpecs.all());
        assertEquals(7, all.size());
        SlashCommandData salary = named(all, "salary");
        assertEquals(List.of("level", "role", "region"), salary.getOptions().stream().map(o -> o.getName()).toList());
        salary.getOptions().forEach(o -> {
            assertEquals(OptionType.STRING, o.getType());
            assertTrue(o.isAutoComplete());
            assertFalse(o.isRequired());
        });
        assertFalse(named(all, "mentor").getOptions().get(0).isAutoComplete(), "free text has no autocomplete");
        assertTrue(named(all, "role").getContexts().contains(InteractionContextType.BOT_DM));
    }

    @Test
    void tipsHasSubcommandsManageChannelsAndGuildOnly() {
        SlashCommandData tips = named(DiscordCommands.build(TestSpecs.all()), "tips");
        assertEquals(List.of("subscribe", "unsubscribe", "status"),
                tips.getSubcommands().stream().map(s -> s.getName()).toList());
        assertEquals(Permission.MANAGE_CHANNEL.getRawValue(), tips.getDefaultPermissions().getPermissionsRaw());
        assertEquals(java.util.Set.of(InteractionContextType.GUILD), tips.getContexts());
        assertEquals(java.util.Set.of(IntegrationType.GUILD_INSTALL), tips.getIntegrationTypes(), "no user-install");
    }

    @Test
    void learnerCommandsAreUserInstallableEverywhereAndServerSettingsAreNot() {
        List<CommandSpec> specs = new java.util.ArrayList<>(TestSpecs.all());
        specs.add(mentorbot.mentoring.MentorsCommand.SPEC);
        List<SlashCommandData> all = DiscordCommands.build(specs);
        for (String learner : List.of("role", "roadmap", "interview", "salary", "tip", "mentor")) {
            assertEquals(java.util.Set.of(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL),
                    named(all, learner).getIntegrationTypes(), learner);
            assertEquals(java.util.Set.of(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                    InteractionContextType.PRIVATE_CHANNEL), named(all, learner).getContexts(), learner);
        }
        for (String setting : List.of("tips", "mentors")) {
            assertEquals(java.util.Set.of(IntegrationType.GUILD_INSTALL), named(all, setting).getIntegrationTypes(), setting);
            assertEquals(java.util.Set.of(InteractionContextType.GUILD), named(all, setting).getContexts(), setting);
        }
    }

    @Test
    void overlongDescriptionsAreCutToDiscordsLimit() {
        CommandSpec spec = CommandSpec.of("role", "d".repeat(300), "");
        assertTrue(DiscordCommands.build(List.of(spec)).get(0).getDescription().length() <= 100);
    }

    @Test
    void sameIgnoresIdsAndOrderButSeesChanges() {
        List<SlashCommandData> desired = DiscordCommands.build(TestSpecs.all());
        assertTrue(DiscordCommands.same(List.of(), List.of()));
        assertFalse(DiscordCommands.same(List.of(), desired));
    }
}
