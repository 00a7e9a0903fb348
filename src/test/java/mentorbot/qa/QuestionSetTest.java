package mentorbot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.platform.console.PlainTextRenderer;
import mentorbot.testing.TestCores;
import org.junit.jupiter.api.Test;

/**
 * The free-text engine against question sets written from the seeds without looking at the
 * engine: our own (phrasings, typos, follow-up chains, off-topic input) must pass at 95% or
 * better, the shared sample completely. The checks are those of ../shared/eval/run-questions.sh.
 */
class QuestionSetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlainTextRenderer TEXT = new PlainTextRenderer();

    record Case(String input, String user, List<List<String>> expect, boolean matched) {
    }

    @Test
    void ownQuestionSetPassesAtNinetyFivePercentOrBetter() throws IOException {
        List<Case> cases = read(Path.of("src/test/resources/eval/questions.jsonl"));
        assertTrue(cases.size() >= 80, "the set needs at least 80 inputs, has " + cases.size());
        List<String> failures = run(cases);
        double rate = 1.0 - (double) failures.size() / cases.size();
        assertTrue(rate >= 0.95, String.format("%.1f%% passed (%d of %d); failures:%n%s", rate * 100,
                cases.size() - failures.size(), cases.size(), String.join("\n", failures)));
    }

    @Test
    void sharedSampleSetPassesCompletely() throws IOException {
        Path sample = Path.of("../shared/eval/questions.sample.jsonl");
        assumeTrue(Files.exists(sample), "the shared folder is not beside the project");
        List<String> failures = run(read(sample));
        assertEquals(List.of(), failures);
    }

    @Test
    void ownSetHasFollowUpChainsAndOffTopicInputs() throws IOException {
        List<Case> cases = read(Path.of("src/test/resources/eval/questions.jsonl"));
        long offTopic = cases.stream().filter(c -> !c.matched() && !c.input().startsWith("/")).count();
        long chains = cases.stream().map(Case::user).filter(u -> !u.equals("eval-anonymous")).distinct().count();
        assertTrue(offTopic >= 15, "off-topic inputs: " + offTopic);
        assertTrue(chains >= 10, "follow-up chains: " + chains);
    }

    private static List<String> run(List<Case> cases) {
        RequestHandler handler = TestCores.rig().core().handler();
        Map<String, List<Case>> byUser = new LinkedHashMap<>();
        cases.forEach(c -> byUser.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c));
        List<String> failures = new ArrayList<>();
        for (List<Case> group : byUser.values()) {
            for (Case c : group) {
                Reply reply = handler.handle(InputLine.parse(c.user(), c.input()));
                String text = norm(reply.title() + "\n" + TEXT.body(reply));
                List<String> missing = new ArrayList<>();
                for (List<String> alternatives : c.expect()) {
                    if (alternatives.stream().noneMatch(a -> text.contains(norm(a)))) {
                        missing.add(String.join("/", alternatives));
                    }
                }
                if (reply.matched() != c.matched()) {
                    failures.add(c.input() + " -> matched=" + reply.matched() + " (" + reply.title() + ")");
                } else if (!missing.isEmpty()) {
                    failures.add(c.input() + " -> missing " + missing + " (" + reply.title() + ")");
                }
            }
        }
        return failures;
    }

    /** As the shared script: lower case, dashes unified, "70,000" read as "70k". */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("(\\d+)[,\\s]000\\b", "$1k");
    }

    private static List<Case> read(Path file) throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<List<String>> expect = new ArrayList<>();
            n.path("expect").forEach(g -> {
                List<String> alts = new ArrayList<>();
                g.forEach(a -> alts.add(a.asText()));
                expect.add(alts);
            });
            out.add(new Case(n.path("input").asText(), n.path("user").asText("eval-anonymous"), expect,
                    n.path("matched").asBoolean(true)));
        }
        return out;
    }
}
