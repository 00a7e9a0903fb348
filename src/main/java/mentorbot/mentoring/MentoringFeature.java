package mentorbot.mentoring;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import mentorbot.config.Settings;
import mentorbot.mentor.Command;
import mentorbot.mentor.MentorSubcommand;
import mentorbot.mentor.PersonalData;
import mentorbot.mentor.Platform;
import mentorbot.tips.TaskTimer;

/**
 * The mentoring loop, wired: the store (opened on first use), the background recorder, the
 * {@code /mentors} and {@code /insights} commands, {@code /mentor ask-human}, and the reminder scheduler.
 *
 * <pre>{@code
 * MentoringFeature m = MentoringFeature.open(settings, clock, new SecureRandom(), Map.of(Platform.CONSOLE, consolePort));
 * core commands += m.commands(); mentor subcommands += m.mentorSubcommands();
 * Feedback f = m.mentoring().feedback(request, reply, ChannelKind.DM);   // after each answer: id + buttons
 * Response r = m.mentoring().act(clicker, action);                        // on a mentoring button
 * m.startReminders(timer);                                                // only when the bot runs
 * m.close();                                                              // flushes the recorder
 * }</pre>
 */
public final class MentoringFeature implements AutoCloseable {

    private final MentoringState state;
    private final QuestionRecorder recorder;
    private final Mentoring mentoring;
    private final InsightsReport insights;
    private final List<Command> commands;
    private final List<MentorSubcommand> subcommands;
    private final Map<Platform, MentorPort> ports;
    private final Clock clock;
    private final Duration remindAfter;
    private ReminderScheduler reminders;
    private final List<PersonalData> personalData = new CopyOnWriteArrayList<>();

    private MentoringFeature(MentoringState state, QuestionRecorder recorder, Map<Platform, MentorPort> ports, Clock clock,
                             AnswerIds ids, Duration remindAfter) {
        this.state = state;
        this.recorder = recorder;
        this.ports = Map.copyOf(ports);
        this.clock = clock;
        this.remindAfter = remindAfter;
        this.mentoring = new Mentoring(state, recorder, ports, clock, ids);
        this.insights = new InsightsReport(state, clock);
        this.commands = List.of(new MentorsCommand(state, clock, remindAfter), new InsightsCommand(insights));
        this.subcommands = List.of(new AskHuman(state), new ForgetMe(mentoring, () -> List.copyOf(personalData)));
    }

    /** With the database of {@code settings} ({@code <dataDir>/tips.db}), a secure random source and a daemon writer. */
    public static MentoringFeature open(Settings settings, Clock clock, Map<Platform, MentorPort> ports) {
        return open(settings, clock, new SecureRandom(), ports, () -> MentoringStore.open(settings));
    }

    public static MentoringFeature open(Settings settings, Clock clock, RandomGenerator random, Map<Platform, MentorPort> ports,
                                        java.util.function.Supplier<MentoringStore> store) {
        MentoringState state = new MentoringState(store, settings.insights().retentionDays());
        AnswerIds ids = new AnswerIds(random);
        QuestionRecorder recorder = new QuestionRecorder(state::store, clock, ids, 10_000, 200, r -> {
            Thread t = new Thread(r, "question-recorder");
            t.setDaemon(true);
            return t;
        });
        return new MentoringFeature(state, recorder, ports, clock, ids, settings.mentors().remindAfter());
    }

    /** The specs of the commands this feature registers, known without opening anything (for the Slack manifest). */
    public static List<mentorbot.mentor.CommandSpec> specs() {
        return List.of(MentorsCommand.SPEC, InsightsCommand.SPEC);
    }

    public Mentoring mentoring() {
        return mentoring;
    }

    public InsightsReport insights() {
        return insights;
    }

    /** {@code /mentors} and {@code /insights}. */
    public List<Command> commands() {
        return commands;
    }

    /**
     * What else {@code /mentor forget me} deletes: the core's memory of the person, registered once the core is built
     * (it is built with this feature's subcommands).
     */
    public void forgetAlso(PersonalData data) {
        personalData.add(data);
    }

    /** {@code /mentor ask-human} and {@code /mentor forget me}. */
    public List<MentorSubcommand> mentorSubcommands() {
        return subcommands;
    }

    /**
     * How many mentor requests wait for a mentor (one count query; for the queue-depth gauge).
     *
     * @throws mentorbot.store.StorageException when the database cannot be used
     */
    public long openRequests() {
        return state.store().openRequests();
    }

    /** Reads the mentors channels now (off the request path), so the first answer's buttons cost no I/O. */
    public void warm() {
        state.channels().load();
    }

    /** Starts reminding unclaimed requests and deleting expired questions (the running bot only). */
    public synchronized ReminderScheduler startReminders(TaskTimer timer) {
        if (reminders == null) {
            reminders = new ReminderScheduler(state, ports, timer, clock, remindAfter, Duration.ofMinutes(5));
            reminders.start();
        }
        return reminders;
    }

    /** A scheduler on {@code timer} without starting it (tests drive {@link ReminderScheduler#runDue}). */
    ReminderScheduler reminders(TaskTimer timer, Duration maxSleep) {
        return new ReminderScheduler(state, ports, timer, clock, remindAfter, maxSleep);
    }

    /** Writes what is recorded, stops the reminders and closes the database. */
    @Override
    public synchronized void close() {
        if (reminders != null) {
            reminders.close();
        }
        recorder.close();
        state.close();
    }
}
