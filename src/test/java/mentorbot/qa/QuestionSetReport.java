package mentorbot.qa;

import java.nio.file.Path;
import mentorbot.testing.TestCores;

/**
 * Prints the score of a question set and its failures, for tuning:
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath) mentorbot.qa.QuestionSetReport FILE [--failures]}.
 */
final class QuestionSetReport {
    private QuestionSetReport() {
    }

    public static void main(String[] args) throws Exception {
        var core = TestCores.rigWithPlans().core();
        QuestionSets.Score score = QuestionSets.run(core.handler(), QuestionSets.read(Path.of(args[0])));
        System.out.print(score.report());
        if (args.length > 1 && args[1].equals("--failures")) {
            for (QuestionSets.Outcome o : score.failures()) {
                System.out.printf("FAIL [%s] %s%n     -> %s | %s%n", o.c().kind(), o.c().input(), o.failure(), o.title());
                if (args.length > 2) {
                    System.out.print("     " + core.engine().explain(o.c().input(), core.knowledge().current()));
                }
            }
        }
    }
}
