package mentorbot.knowledge;

import java.util.List;

/** One row of the salary table; {@code range} is the seed's text, {@link SalaryRange} its parsed form. */
public record SalaryBand(String id, String level, String range, List<String> aliases) {

    public SalaryBand {
        aliases = Lists.copy(aliases);
    }
}
