package mentorbot.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The built {@code target/mentor-bot.jar} running as a child JVM, for the *IT tests that failsafe
 * runs after {@code package}: started with {@code java -jar} in the project root (so {@code config/}
 * is found) with an environment of the test's choosing; standard output and error go to files in
 * {@code target/jar-it-logs/}, which assertions wait on and print when they fail. Standard input
 * stays open until {@link #closeStdin()} or {@link #close()}: the console keeps reading.
 *
 * <p>{@link #close()} kills the process (and anything it started) if it still runs; tests call it
 * from {@code @AfterEach} through {@link Children}.
 */
public final class BotJar implements AutoCloseable {

    /** Variables of the developer's shell that would change what the jar does; never inherited. */
    private static final List<String> OWN_PREFIXES = List.of("SLACK_", "DISCORD_", "MENTORBOT_");

    /**
     * How long a graceful stop may take after SIGTERM: closing takes well under a second, the rest
     * is room for a busy machine (the shutdown hook itself gives up after 15 s).
     */
    public static final Duration SIGTERM_BOUND = Duration.ofSeconds(10);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Children still running: killed when the test JVM itself ends (a fork timed out or was stopped). */
    private static final java.util.Set<Process> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "kill-jar-children"));
    }

    private final List<String> command;
    private final Process process;
    private final Path outFile;
    private final Path errFile;
    private final long startedNanos = System.nanoTime();
    private volatile long exitedNanos;

    private BotJar(List<String> command, Process process, Path outFile, Path errFile) {
        this.command = command;
        this.process = process;
        this.outFile = outFile;
        this.errFile = errFile;
        LIVE.add(process);
        process.onExit().thenRun(() -> {
            exitedNanos = System.nanoTime();
            LIVE.remove(process);
        });
    }

    /** The jar {@code mvn package} built; fails with a clear message when it is missing. */
    public static Path jar() {
        Path jar = projectRoot().resolve("target").resolve("mentor-bot.jar");
        assertTrue(Files.isRegularFile(jar), jar + " is missing: these *IT tests run after `mvn package` (use mvn -B verify)");
        return jar;
    }

    /** Where failsafe runs (the project's base directory): config/ lives there. */
    public static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    }

    /**
     * Starts {@code java -jar target/mentor-bot.jar ARGS} with the inherited environment minus every
     * SLACK_*, DISCORD_* and MENTORBOT_* variable, plus {@code env} (logs at INFO unless env says).
     */
    public static BotJar start(Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(jar().toString());
        cmd.addAll(List.of(args));
        // Output goes to files (kept in target/jar-it-logs/ for a look afterwards): nothing is lost at the exit.
        Path logs = Files.createDirectories(projectRoot().resolve("target").resolve("jar-it-logs"));
        String name = String.join("_", List.of(args)).replaceAll("[^A-Za-z0-9_.-]+", "-");
        String base = System.currentTimeMillis() + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-"
                + (name.isEmpty() ? "bot" : name.length() > 60 ? name.substring(0, 60) : name);
        Path outFile = logs.resolve(base + ".out");
        Path errFile = logs.resolve(base + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(projectRoot().toFile())
                .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
        Map<String, String> environment = pb.environment();
        environment.keySet().removeIf(k -> OWN_PREFIXES.stream().anyMatch(k::startsWith));
        environment.put("MENTORBOT_LOG_LEVEL", "INFO");
        environment.putAll(env);
        return new BotJar(cmd, pb.start(), outFile, errFile);
    }

    private static String read(Path file) {
        try {
            // A multi-byte character cut by a write in progress decodes as U+FFFD: only until the next read.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "[cannot read " + file + ": " + e + "]";
        }
    }

    public Process process() {
        return process;
    }

    public String stdout() {
        return read(outFile);
    }

    public String stderr() {
        return read(errFile);
    }

    /** Writes one line to the child's standard input (the console reads it). */
    public void type(String line) {
        try {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the jar's stdin (exited?)\n" + describe(), e);
        }
    }

    public void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    /**
     * Waits until {@code condition} holds, at most {@code timeout}, checking every 50 ms; fails with
     * the child's output when it does not, or when the child exits first.
     */
    public void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                // one last look: output may have arrived just before the exit
                if (condition.getAsBoolean()) {
                    return;
                }
                throw new AssertionError("the jar exited before " + what + "\n" + describe());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what + "\n"
                        + describe());
            }
            Thread.sleep(50);
        }
    }

    /** Waits until standard output contains {@code text}. */
    public void awaitStdout(String text, Duration timeout) throws InterruptedException {
        await("stdout to contain \"" + text + "\"", () -> stdout().contains(text), timeout);
    }

    /** Waits for the exit, at most {@code timeout}; fails with the output when it runs on. Returns the exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the jar did not exit within " + timeout.toSeconds() + " s\n" + describe());
        }
        return process.exitValue();
    }

    /** SIGTERM on Unix: shutdown hooks run. */
    public void sigterm() {
        process.destroy();
    }

    /** SIGKILL on Unix: nothing in the child runs any more, no hook, no flush, no checkpoint. */
    public void sigkill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Run time so far, or until the exit. */
    public Duration elapsed() {
        long end = exitedNanos != 0 ? exitedNanos : System.nanoTime();
        return Duration.ofNanos(end - startedNanos);
    }

    /** The command, exit state and everything the child printed: for assertion messages. */
    public String describe() {
        String state = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        return "--- " + String.join(" ", command.subList(command.indexOf("-jar"), command.size())) + " (" + state
                + ", after " + elapsed().toMillis() + " ms; output in " + outFile.getFileName() + "/.err)\n--- stdout:\n"
                + stdout() + "\n--- stderr:\n" + stderr() + "\n---";
    }

    /** Kills the child if it still runs and waits (bounded) until it is gone. */
    @Override
    public void close() throws InterruptedException {
        closeStdin();
        if (process.isAlive()) {
            sigkill();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The children one test started, all killed in {@code @AfterEach}, whatever happened. */
    public static final class Children implements AutoCloseable {
        private final List<BotJar> started = new ArrayList<>();

        public BotJar start(Map<String, String> env, String... args) throws IOException {
            BotJar jar = BotJar.start(env, args);
            synchronized (started) {
                started.add(jar);
            }
            return jar;
        }

        /** Runs the jar to its end (bounded) with standard input closed; returns it for its output and exit code. */
        public BotJar run(Map<String, String> env, Duration timeout, String... args) throws IOException, InterruptedException {
            BotJar jar = start(env, args);
            jar.closeStdin();
            jar.awaitExit(timeout);
            return jar;
        }

        @Override
        public void close() throws InterruptedException {
            synchronized (started) {
                for (BotJar jar : started) {
                    jar.close();
                }
                started.clear();
            }
        }
    }
}
