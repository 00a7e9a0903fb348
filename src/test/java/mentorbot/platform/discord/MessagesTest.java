package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import mentorbot.mentor.Visibility;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Reply withSuggestions(List<Reply.Suggestion> suggestions) {
        return new Reply("T", "", "@everyone hello", List.of(), List.of(), suggestions, "", Visibility.PRIVATE, true);
    }

    @Test
    void everyMessageAllowsNoMentions() {
        MessageCreateData data = Messages.create(withSuggestions(List.of()), "k", "Shared by <@123> @everyone");
        assertTrue(data.getAllowedMentions().isEmpty());
        assertTrue(data.getMentionedUsers().isEmpty());
        assertTrue(data.getMentionedRoles().isEmpty());
        assertEquals("Shared by <@123> @\u200beveryone", data.getContent());
        String json = data.toData().toString();
        assertTrue(json.contains("\"parse\":[]"), json);
        assertTrue(Messages.text("@here").getAllowedMentions().isEmpty());
    }

    @Test
    void buttonsKeepDiscordLimits() {
        List<Reply.Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            suggestions.add(new Reply.Suggestion("Label " + "x".repeat(100), mentorbot.mentor.Action.Run.of("/salary level" + i)));
        }
        suggestions.add(new Reply.Suggestion("dup", mentorbot.mentor.Action.Run.of("/salary level0")));
        suggestions.add(new Reply.Suggestion("too long", mentorbot.mentor.Action.Run.of("/mentor " + "q".repeat(100))));
        List<ActionRow> rows = Messages.rows(withSuggestions(suggestions), "abc");
        assertEquals(3, rows.size());
        assertEquals(5, rows.get(0).getComponents().size());
        assertEquals(2, rows.get(1).getComponents().size());
        List<String> ids = new ArrayList<>();
        for (ActionRow row : rows) {
            assertTrue(row.getComponents().size() <= 5);
            for (var c : row.getComponents()) {
                Button b = (Button) c;
                assertTrue(b.getCustomId().length() <= 100);
                assertTrue(b.getLabel().length() <= 80);
                ids.add(b.getCustomId());
            }
        }
        assertEquals(ids.size(), ids.stream().distinct().count(), "custom ids unique");
        assertEquals("mb:share:abc", ids.get(ids.size() - 1));
    }

    @Test
    void discordUserKeyIsTheSamePersonInEveryGuildAndInDms() {
        Request inGuildA = Request.command(Platform.DISCORD, "111", "42", "c1", "role", "").from(DiscordListener.USER);
        Request inGuildB = Request.command(Platform.DISCORD, "222", "42", "c2", "role", "").from(DiscordListener.USER);
        Request inDm = Request.freeText(Platform.DISCORD, "", "42", "dm", "hi").from(DiscordListener.USER);
        assertEquals(inGuildA.user(), inGuildB.user());
        assertEquals(inGuildA.user(), inDm.user());
        assertEquals("", inGuildA.user().team());
        assertEquals("T1", Request.command(Platform.SLACK, "T1", "U1", "C1", "role", "").user().team(),
                "Slack ids stay per team");
    }
}
