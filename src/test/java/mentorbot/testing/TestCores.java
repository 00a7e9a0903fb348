package mentorbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mentorbot.Core;
import mentorbot.config.Settings;
import mentorbot.config.SettingsException;
import mentorbot.config.SettingsLoader;
import mentorbot.knowledge.KnowledgeException;

/** The real core over the real files, with a fake clock, a fake ticker and a seeded random. */
public final class TestCores {
    private TestCores() {
    }

    public static Settings settings(Map<String, String> env) {
        try {
            return new SettingsLoader().load(env);
        } catch (SettingsException e) {
            throw new AssertionError("settings do not load: " + e.getMessage(), e);
        }
    }

    public static Settings settings() {
        return settings(Map.of());
    }

    public record Rig(Core core, MutableClock clock, FakeTicker ticker) {
    }

    public static Rig rig() {
        return rig(new HashMap<>());
    }

    public static Rig rig(Map<String, String> env) {
        MutableClock clock = MutableClock.atEpoch();
        FakeTicker ticker = new FakeTicker();
        try {
            Core core = Core.create(settings(env), clock, ticker, new SplittableRandom(42), List.of());
            return new Rig(core, clock, ticker);
        } catch (KnowledgeException e) {
            throw new AssertionError("core does not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
