package mentorbot.platform.discord;

import java.util.List;
import mentorbot.mentor.CommandSpec.ValueSource;

/** Autocomplete suggestions for a typed option: at most {@code max} values, best first. Must be fast. */
@FunctionalInterface
public interface OptionCompleter {

    List<String> complete(ValueSource source, String typed, int max);

    /** Suggests nothing; for options and platforms without a knowledge model. */
    static OptionCompleter none() {
        return (source, typed, max) -> List.of();
    }
}
