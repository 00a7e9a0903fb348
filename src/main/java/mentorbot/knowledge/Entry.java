package mentorbot.knowledge;

import java.util.List;

/**
 * One piece of knowledge the bot answers with. The kinds are closed: code that treats entries by
 * kind does so through a {@link Visitor}, so the compiler names every place a new kind must reach.
 */
public sealed interface Entry permits Role, Responsibility, ProgressionRow, Step, SalaryBand, Faq, Topic {

    String id();

    /** What the entry is called in a heading or a "see also" line. */
    String title();

    /** The guide it comes from: an id declared under {@code sources}. */
    String source();

    /** Example questions in learners' words that this entry answers. */
    List<String> questions();

    /** The names people call it by (title, aliases, the question itself): what search weighs most. */
    List<String> names();

    /** Other words people use for it. */
    List<String> keywords();

    /** Everything else it says. */
    List<String> body();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of entry. */
    interface Visitor<R> {
        R role(Role role);

        R responsibility(Responsibility responsibility);

        R progression(ProgressionRow row);

        R step(Step step);

        R band(SalaryBand band);

        R faq(Faq faq);

        R topic(Topic topic);
    }
}
