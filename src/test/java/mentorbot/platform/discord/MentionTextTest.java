package mentorbot.platform.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionTextTest {

    private static final String BOT = "1234567890";

    @Test
    void theBotsMentionInEitherFormIsTakenOutWhereverItIs() {
        assertEquals(Optional.of("what does an MLOps engineer earn?"),
                MentionText.question("<@" + BOT + "> what does an MLOps engineer earn?", BOT));
        assertEquals(Optional.of("and the senior level?"), MentionText.question("and the senior level? <@!" + BOT + ">", BOT));
        assertEquals(Optional.of("do I need a PhD?"), MentionText.question("do I <@" + BOT + ">need a PhD?", BOT),
                "the words around it stay apart");
        assertEquals(Optional.of(""), MentionText.question("  <@" + BOT + "> <@!" + BOT + ">  ", BOT), "a bare mention");
    }

    @Test
    void onlyAUserMentionOfTheBotItselfAddressesIt() {
        assertEquals(Optional.empty(), MentionText.question("@everyone what does an MLOps engineer earn?", BOT));
        assertEquals(Optional.empty(), MentionText.question("<@&" + BOT + "> a role with the same digits", BOT));
        assertEquals(Optional.empty(), MentionText.question("<@" + BOT + "9> someone else whose id starts alike", BOT));
        assertEquals(Optional.empty(), MentionText.question("<@98765> another member", BOT));
        assertEquals(Optional.empty(), MentionText.question("", BOT));
        assertEquals(Optional.empty(), MentionText.question(null, BOT));
    }
}
