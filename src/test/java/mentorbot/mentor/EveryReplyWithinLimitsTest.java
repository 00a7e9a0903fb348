package mentorbot.mentor;

import static mentorbot.testing.ReplyChecks.assertNoPings;
import static mentorbot.testing.ReplyChecks.assertWithinLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mentorbot.platform.console.InputLine;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Tip;
import mentorbot.mentor.command.TipCommand;
import mentorbot.testing.Knowledge;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sweep over the whole model: every role, level, band, region, question and tip through its
 * command. Each reply keeps to ReplyLimits and renders within 6,000 characters.
 */
class EveryReplyWithinLimitsTest {

    private static RequestHandler handler;

    @BeforeAll
    static void core() {
        handler = TestCores.rig().core().handler();
    }

    static Stream<String> everyCommandLine() {
        KnowledgeBase kb = Knowledge.real();
        List<String> lines = new ArrayList<>(List.of("role", "roadmap", "interview", "salary", "tip", "mentor help", "mentor"));
        for (Role r : kb.roles()) {
            lines.add("role " + r.title());
            r.aliases().forEach(a -> lines.add("role " + a));
            lines.add("salary " + r.aliases().get(0));
            for (SkillLevel l : SkillLevel.values()) {
                lines.add("roadmap " + r.aliases().get(0) + " " + l.label());
            }
            for (SalaryBand b : kb.salary().bands()) {
                lines.add("salary " + b.level() + " " + r.title());
            }
        }
        for (SkillLevel l : SkillLevel.values()) {
            lines.add("roadmap " + l.label());
        }
        for (SalaryBand b : kb.salary().bands()) {
            lines.add("salary " + b.level());
            b.aliases().forEach(a -> lines.add("salary " + a));
            kb.topic(mentorbot.knowledge.Anchor.TOP_PAYING_REGIONS).points()
                    .forEach(region -> lines.add("salary " + b.level() + " " + region));
        }
        for (Faq f : kb.faq()) {
            lines.add("interview " + f.question());
            f.keywords().forEach(k -> lines.add("interview " + k));
        }
        for (Responsibility r : kb.responsibilities()) {
            lines.add("interview " + r.title());
        }
        return lines.stream();
    }

    @ParameterizedTest(name = "[{index}] /{0}")
    @MethodSource("everyCommandLine")
    void everyReplyStaysWithinTheLimits(String line) {
        int space = line.indexOf(' ');
        String command = space < 0 ? line : line.substring(0, space);
        String args = space < 0 ? "" : line.substring(space + 1);
        Reply r = handler.handle(Request.command(Platform.CONSOLE, "local", "sweeper", "console", command, args).from(InputLine.OPERATOR));
        assertWithinLimits(r);
        assertNoPings(r);
        assertEquals(Visibility.PRIVATE, r.visibility(), "answers are only for the caller unless shared");
    }

    @ParameterizedTest(name = "[{index}] /{0}")
    @MethodSource("everyCommandLine")
    void everyGoodArgumentIsUnderstood(String line) {
        int space = line.indexOf(' ');
        String command = space < 0 ? line : line.substring(0, space);
        String args = space < 0 ? "" : line.substring(space + 1);
        Reply r = handler.handle(Request.command(Platform.CONSOLE, "local", "sweeper", "console", command, args).from(InputLine.OPERATOR));
        assertTrue(r.matched(), "/" + line + " was not understood: " + r.title());
    }

    @Test
    void everyTipRendersWithinTheLimits() {
        KnowledgeBase kb = Knowledge.real();
        for (Tip tip : kb.tips()) {
            Reply r = TipCommand.render(tip, kb).build();
            assertWithinLimits(r);
            assertTrue(r.footer().startsWith("From: "), r.footer());
            assertTrue(!r.footer().contains(tip.topic()) || kb.titleOf(tip.topic()).isEmpty(),
                    "the footer names the entry by title, not id: " + r.footer());
        }
    }
}
