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
import mentorbot.plan.PlanFeature;

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

    /**
     * The core as the bot wires it for free text: with the learning plan's {@code /plan} and its request in words
     * ("make me a plan"), its plans kept in a fresh temporary directory (opened only if a plan is asked for).
     */
    public static Rig rigWithPlans() {
        MutableClock clock = MutableClock.atEpoch();
        FakeTicker ticker = new FakeTicker();
        try {
            Map<String, String> env = new HashMap<>();
            env.put("MENTORBOT_DATA_DIR", java.nio.file.Files.createTempDirectory("mentorbot-plans").toString());
            Settings settings = settings(env);
            java.util.concurrent.atomic.AtomicReference<Core> core = new java.util.concurrent.atomic.AtomicReference<>();
            PlanFeature plan = PlanFeature.open(settings, clock, Map.of(), () -> core.get().knowledge().current());
            core.set(Core.create(settings, clock, ticker, new SplittableRandom(42), List.of(plan.command()), List.of(),
                    List.of(plan.intent()), true));
            return new Rig(core.get(), clock, ticker);
        } catch (KnowledgeException e) {
            throw new AssertionError("core does not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
