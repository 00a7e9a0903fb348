package mentorbot.qa;

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
import java.util.TreeMap;
import mentorbot.mentor.Reply;
import mentorbot.mentor.RequestHandler;
import mentorbot.platform.console.InputLine;
import mentorbot.mentor.PlainTextRenderer;

/**
 * Question sets in the shared format (one JSON object a line: input, expect, matched, optional
 * user and class), run through the real request pipeline and scored as ../shared/eval/run-questions.sh
 * scores them, with the figures the issue asks for: overall, per class, out-of-field inputs answered,
 * in-field inputs declined.
 */
final class QuestionSets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PlainTextRenderer TEXT = new PlainTextRenderer();
    /** What a reply must never show: a missing value printed as "null", an unfilled placeholder. */
    private static final java.util.regex.Pattern TEMPLATE_LEAK = java.util.regex.Pattern.compile("\\bnull\\b|\\{\\w*\\}|%[sd]\\b");

    record Case(String input, String user, String kind, List<List<String>> expect, boolean matched) {
    }

    /** One input's outcome: why it failed (null when it passed) and what the bot answered. */
    record Outcome(Case c, String failure, boolean answered, String title) {
        boolean passed() {
            return failure == null;
        }
    }

    record Score(List<Outcome> outcomes) {
        double overall() {
            return rate(outcomes);
        }

        Map<String, Double> perClass() {
            Map<String, List<Outcome>> by = new TreeMap<>();
            outcomes.forEach(o -> by.computeIfAbsent(o.c().kind(), k -> new ArrayList<>()).add(o));
            Map<String, Double> out = new TreeMap<>();
            by.forEach((k, v) -> out.put(k, rate(v)));
            return out;
        }

        /** Share of inputs that should be declined but were answered. */
        double outOfFieldAnswered() {
            List<Outcome> oof = outcomes.stream().filter(o -> !o.c().matched()).toList();
            return oof.isEmpty() ? 0 : (double) oof.stream().filter(Outcome::answered).count() / oof.size();
        }

        /** Share of inputs that should be answered but were declined. */
        double inFieldDeclined() {
            List<Outcome> in = outcomes.stream().filter(o -> o.c().matched()).toList();
            return in.isEmpty() ? 0 : (double) in.stream().filter(o -> !o.answered()).count() / in.size();
        }

        List<Outcome> failures() {
            return outcomes.stream().filter(o -> !o.passed()).toList();
        }

        String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "overall %.1f%% (%d of %d); out-of-field answered %.1f%%; in-field declined %.1f%%%n",
                    overall() * 100, outcomes.size() - failures().size(), outcomes.size(), outOfFieldAnswered() * 100,
                    inFieldDeclined() * 100));
            perClass().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-13s %5.1f%%%n", k, v * 100)));
            return sb.toString();
        }

        private static double rate(List<Outcome> os) {
            return os.isEmpty() ? 1 : (double) os.stream().filter(Outcome::passed).count() / os.size();
        }
    }

    private QuestionSets() {
    }

    static List<Case> read(Path file) throws IOException {
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
            out.add(new Case(n.path("input").asText(), n.path("user").asText("eval-anonymous"),
                    n.path("class").asText("unclassed"), expect, n.path("matched").asBoolean(true)));
        }
        return out;
    }

    /** Asks every input in file order, grouped by user so that chains share their context. */
    static Score run(RequestHandler handler, List<Case> cases) {
        Map<String, List<Case>> byUser = new LinkedHashMap<>();
        cases.forEach(c -> byUser.computeIfAbsent(c.user(), u -> new ArrayList<>()).add(c));
        List<Outcome> outcomes = new ArrayList<>();
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
                String failure = null;
                java.util.regex.Matcher leak = TEMPLATE_LEAK.matcher(reply.title() + "\n" + TEXT.body(reply));
                if (leak.find()) {
                    failure = "template text leaked: " + leak.group();
                } else if (reply.matched() != c.matched()) {
                    failure = "matched=" + reply.matched();
                } else if (!missing.isEmpty()) {
                    failure = "missing " + missing;
                }
                outcomes.add(new Outcome(c, failure, reply.matched(), reply.title()));
            }
        }
        return new Score(outcomes);
    }

    /** As the shared script: lower case, dashes unified, "70,000" read as "70k". */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
                .replaceAll("(\\d+)[,\\s]000\\b", "$1k");
    }
}
