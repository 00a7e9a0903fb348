package mentorbot.mentor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered commands by name; the one list every platform registers from. */
public final class CommandRouter {

    private final Map<String, Command> byName = new LinkedHashMap<>();

    public CommandRouter(List<Command> commands) {
        for (Command c : commands) {
            if (byName.putIfAbsent(c.spec().name(), c) != null) {
                throw new IllegalArgumentException("two commands named " + c.spec().name());
            }
        }
    }

    public Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<CommandSpec> specs() {
        return byName.values().stream().map(Command::spec).toList();
    }
}
