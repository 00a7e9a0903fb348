package mentorbot.knowledge;

import java.util.List;

/** One row of the salary table; {@code range} is the seed's text, {@link SalaryRange} its parsed form. */
public record SalaryBand(String id, String level, String range, List<String> aliases, List<String> questions,
                         String source) implements Entry {

    public SalaryBand {
        aliases = Lists.copy(aliases);
        questions = Lists.copy(questions);
    }

    @Override
    public String title() {
        return level + " salary range";
    }

    @Override
    public List<String> names() {
        return List.of(level + " salary");
    }

    @Override
    public List<String> keywords() {
        return aliases;
    }

    @Override
    public List<String> body() {
        return List.of(range);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.band(this);
    }
}
