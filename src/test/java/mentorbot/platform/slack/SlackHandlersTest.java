package mentorbot.platform.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.BotProfile;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.mentor.TextFit;
import org.junit.jupiter.api.Test;

class SlackHandlersTest {

    private static MessageEvent dm(String user, String text) {
        MessageEvent ev = new MessageEvent();
        ev.setUser(user);
        ev.setText(text);
        ev.setChannel("D1");
        ev.setChannelType("im");
        ev.setTs("1.1");
        return ev;
    }

    @Test
    void answersAPersonsPlainDirectMessage() {
        assertTrue(SlackHandlers.shouldAnswer(dm("U1", "hi"), "UBOT"));
    }

    @Test
    void ignoresTheBotItselfOtherBotsEditsAndNonDms() {
        assertFalse(SlackHandlers.shouldAnswer(dm("UBOT", "my answer"), "UBOT"));
        MessageEvent ownByBotId = dm("U1", "x");
        ownByBotId.setBotId("BBOT");
        assertFalse(SlackHandlers.shouldAnswer(ownByBotId, "UBOT"));
        MessageEvent otherBot = dm("U9", "beep");
        otherBot.setBotId("B9");
        assertFalse(SlackHandlers.shouldAnswer(otherBot, "UBOT"));
        MessageEvent botProfile = dm("U9", "beep");
        botProfile.setBotProfile(new BotProfile());
        assertFalse(SlackHandlers.shouldAnswer(botProfile, "UBOT"));
        MessageEvent edited = dm("U1", "x");
        edited.setEdited(new MessageEvent.Edited());
        assertFalse(SlackHandlers.shouldAnswer(edited, "UBOT"));
        MessageEvent channel = dm("U1", "x");
        channel.setChannel("C1");
        channel.setChannelType("channel");
        assertFalse(SlackHandlers.shouldAnswer(channel, "UBOT"));
        assertFalse(SlackHandlers.shouldAnswer(dm(null, "x"), "UBOT"));
        assertFalse(SlackHandlers.shouldAnswer(null, "UBOT"));
    }

    @Test
    void buttonValuesParseIntoCommandsOrFreeText() {
        assertEquals(Request.command(Platform.SLACK, "T", "U", "C", "salary", "senior big tech"),
                Request.typed(Platform.SLACK, "T", "U", "C", " /Salary  senior big tech "));
        assertEquals(Request.command(Platform.SLACK, "T", "U", "C", "role", ""),
                Request.typed(Platform.SLACK, "T", "U", "C", "/role"));
        assertEquals(Request.freeText(Platform.SLACK, "T", "U", "C", "do I need a PhD?"),
                Request.typed(Platform.SLACK, "T", "U", "C", "do I need a PhD?"));
        assertEquals(Request.freeText(Platform.SLACK, "T", "U", "C", "/"),
                Request.typed(Platform.SLACK, "T", "U", "C", "/"));
    }

    @Test
    void escapedTextIsSplitWithItsEntitiesWhole() {
        for (String part : TextFit.split(SlackText.escape("&".repeat(100)), 23)) {
            assertTrue(part.length() <= 23);
            assertTrue(part.matches("(&amp;)+"), part);
        }
    }

    @Test
    void onlyTheListedTipAdminsManageTipsAndNobodyIsListedMeansEveryone() {
        assertTrue(SlackHandlers.caller(java.util.Set.of(), "U2").admin());
        assertTrue(SlackHandlers.caller(java.util.Set.of("UADMIN"), "UADMIN").admin());
        assertFalse(SlackHandlers.caller(java.util.Set.of("UADMIN"), "U2").admin());
        assertTrue(SlackHandlers.caller(java.util.Set.of(), "U2").rateLimited());
        assertFalse(SlackHandlers.caller(java.util.Set.of(), "U2").globalIdentity(), "Slack ids are per workspace");
    }
}
