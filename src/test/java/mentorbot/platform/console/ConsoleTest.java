package mentorbot.platform.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.PlainTextRenderer;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Request;
import org.junit.jupiter.api.Test;

/** Reading a typed line, rendering a reply as text, and the console loop. */
class ConsoleTest {

    @Test
    void aSlashLineIsACommandWithItsArguments() {
        Request r = InputLine.parse("me", "  /salary big tech ");
        assertEquals("salary", r.command());
        assertEquals("big tech", r.text());
        assertEquals(Platform.CONSOLE, r.platform());
        assertEquals("me", r.userId());
    }

    @Test
    void aCommandWithoutArgumentsHasEmptyText() {
        Request r = InputLine.parse("me", "/tip");
        assertEquals("tip", r.command());
        assertEquals("", r.text());
    }

    @Test
    void anythingElseIsFreeText() {
        assertTrue(InputLine.parse("me", "do I need a PhD?").isFreeText());
        assertTrue(InputLine.parse("me", "/ role").isFreeText());
        assertTrue(InputLine.parse("me", "/").isFreeText());
        assertEquals("", InputLine.parse("me", null).text());
    }

    @Test
    void plainTextRendersEveryPart() {
        Reply r = ReplyBuilder.titled("MLOps Engineer").intro("Intro.").field("Experience level", "Senior")
                .text("Related roles", "AI Engineer").items("Skills", List.of("MLflow", "Kubeflow"))
                .suggest("Salary", "/salary mlops").suggest("Roadmap", "/roadmap mlops").footer("Source: guide.").build();
        String text = new PlainTextRenderer().render(r);
        assertEquals("""
                MLOps Engineer
                ──────────────
                Intro.

                Experience level: Senior

                Related roles
                AI Engineer

                Skills
                  • MLflow
                  • Kubeflow

                Try: /salary mlops  ·  /roadmap mlops

                Source: guide.
                """, text);
    }

    @Test
    void theConsoleAnswersEachLineSkipsBlanksAndQuits() throws Exception {
        List<Request> seen = new ArrayList<>();
        ConsoleChat chat = new ConsoleChat(req -> {
            seen.add(req);
            return ReplyBuilder.titled("answer " + seen.size()).build();
        }, "me");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chat.run(new BufferedReader(new StringReader("/role mlops\n\n   \nhello\n/quit\n/never\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(2, seen.size());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("answer 1") && printed.contains("answer 2") && printed.endsWith("Bye.\n"), printed);
    }

    @Test
    void theConsoleEndsAtEndOfInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsoleChat(req -> ReplyBuilder.titled("x").build(), "me")
                .run(new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("Bye.\n"));
    }
}
