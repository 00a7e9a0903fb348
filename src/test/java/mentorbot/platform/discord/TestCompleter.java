package mentorbot.platform.discord;

import java.util.ArrayList;
import java.util.List;
import mentorbot.mentor.CommandSpec.ValueSource;

/** Suggests "{source} {n} {typed}" values, 40 of them, so that the adapter's cap of 25 shows. */
final class TestCompleter implements OptionCompleter {
    @Override
    public List<String> complete(ValueSource source, String typed, int max) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(source.name().toLowerCase() + " " + i + " " + typed);
        }
        return out;
    }
}
