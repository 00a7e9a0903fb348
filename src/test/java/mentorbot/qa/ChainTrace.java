package mentorbot.qa;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mentorbot.mentor.Reply;
import mentorbot.platform.console.InputLine;
import mentorbot.testing.TestCores;

/** Tuning aid: the follow-up chains of a question set, turn by turn, with what each turn was answered. */
final class ChainTrace {
    private ChainTrace() {
    }

    public static void main(String[] args) throws Exception {
        var core = TestCores.rig().core();
        Map<String, List<QuestionSets.Case>> chains = new LinkedHashMap<>();
        for (QuestionSets.Case c : QuestionSets.read(Path.of(args[0]))) {
            if (!c.user().equals("eval-anonymous") && (args.length < 2 || c.user().equals(args[1]))) {
                chains.computeIfAbsent(c.user(), u -> new java.util.ArrayList<>()).add(c);
            }
        }
        for (var chain : chains.entrySet()) {
            System.out.println("== " + chain.getKey());
            for (QuestionSets.Case c : chain.getValue()) {
                Reply r = core.handler().handle(InputLine.parse(c.user(), c.input()));
                System.out.printf("  %s %s%n      -> [%s] %s | %s%n", r.matched() == c.matched() ? " " : "!", c.input(),
                        r.matched(), r.title(), r.lead().length() > 140 ? r.lead().substring(0, 140) : r.lead());
                System.out.println("      ctx " + core.contexts().get(InputLine.parse(c.user(), c.input()).conversation()));
            }
        }
    }
}
