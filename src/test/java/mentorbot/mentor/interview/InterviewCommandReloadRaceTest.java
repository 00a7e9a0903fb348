package mentorbot.mentor.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeLoader;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Platform;
import mentorbot.mentor.Request;
import mentorbot.mentor.Subject;
import mentorbot.qa.KnowledgeSearch;
import mentorbot.testing.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An /interview request that started on one snapshot must answer from that snapshot, even if a reload lands meanwhile. */
class InterviewCommandReloadRaceTest {

    @TempDir
    Path tmp;

    @Test
    void aReloadBetweenSnapshotAndSearchDoesNotBreakTheAnswer() throws Exception {
        Path dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        KnowledgeSource source = KnowledgeSource.open(dir);
        KnowledgeSearch search = KnowledgeSearch.over(source, KnowledgeSearch.vocabulary(Knowledge.QA_DIR), mentorbot.qa.MiniLmEncoder.loadingOn(Runnable::run));
        InterviewCommand command = new InterviewCommand(search);
        KnowledgeBase snapshot = source.current();

        renameEverywhere(dir, "interview-preparation", "interview-prep-guide");
        assertTrue(source.reload().isEmpty());

        Request request = Request.command(Platform.SLACK, "T", "U", "C", "interview", "preparing for technical interviews");
        Answer answer = command.execute(new Invocation(request, request.text(), Subject.NONE, snapshot));
        assertEquals("Preparing for technical interviews", answer.reply().title());
    }

    @Test
    void withoutAReloadTheSameRequestAnswersFromTheSnapshot() throws Exception {
        Path dir = Knowledge.copyTo(tmp.resolve("knowledge"));
        KnowledgeSource source = KnowledgeSource.open(dir);
        KnowledgeSearch search = KnowledgeSearch.over(source, KnowledgeSearch.vocabulary(Knowledge.QA_DIR), mentorbot.qa.MiniLmEncoder.loadingOn(Runnable::run));
        Request request = Request.command(Platform.SLACK, "T", "U", "C", "interview", "preparing for technical interviews");
        Answer answer = new InterviewCommand(search)
                .execute(new Invocation(request, request.text(), Subject.NONE, source.current()));
        assertEquals("Preparing for technical interviews", answer.reply().title());
    }

    private static void renameEverywhere(Path dir, String from, String to) {
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                // An id, not the anchor's own name: "interview-preparation: <id>" keeps its key.
                Knowledge.write(file, Knowledge.read(file).replace(from, to).replace("  " + to + ": ", "  " + from + ": "));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
