package mentorbot.plan;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Answer;
import mentorbot.mentor.CommandSpec;
import mentorbot.mentor.CommandSpec.OptionSpec;
import mentorbot.mentor.CommandSpec.SubcommandSpec;
import mentorbot.mentor.CommandSpec.ValueSource;
import mentorbot.mentor.Invocation;
import mentorbot.mentor.Reply;
import mentorbot.mentor.SpecCommand;
import mentorbot.mentor.Subject;
import mentorbot.mentor.UserKey;
import mentorbot.mentor.roadmap.RoadmapAnswers;
import mentorbot.mentoring.Button;
import mentorbot.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /plan}: show the caller's learning plan, {@code set ROLE [LEVEL]}, {@code done ITEM}, {@code undo ITEM},
 * {@code nudge weekly|off [DAY] [HH:MM] [ZONE]}, {@code drop}. Every reply is private to the caller; bad input gets a
 * reply that says what could not be read, and nothing stored changes then.
 */
public final class PlanCommand extends SpecCommand {

    private static final Logger log = LoggerFactory.getLogger(PlanCommand.class);

    public static final CommandSpec SPEC = new CommandSpec("plan",
            "Your learning plan: set a target role, check items off, a weekly nudge",
            PlanReplies.USAGE,
            List.of(),
            List.of(new SubcommandSpec("show", "Show your plan, its progress and the next items", List.of()),
                    new SubcommandSpec("set", "Make a plan for a role, from your level up to the role's", List.of(
                            new OptionSpec("role", "Role name or alias", true, ValueSource.ROLE),
                            new OptionSpec("level", "Your level now: foundational, intermediate or advanced", false,
                                    ValueSource.SKILL_LEVEL))),
                    new SubcommandSpec("done", "Check an item off", List.of(
                            new OptionSpec("item", "The item's id or number, as /plan lists them", true, ValueSource.FREE_TEXT))),
                    new SubcommandSpec("undo", "Take back checking an item off", List.of(
                            new OptionSpec("item", "The item's id or number, as /plan lists them", true, ValueSource.FREE_TEXT))),
                    new SubcommandSpec("nudge", "A weekly direct message with your next item, or off", List.of(
                            new OptionSpec("mode", "weekly or off", true, ValueSource.FREE_TEXT),
                            new OptionSpec("day", "Day of the week, such as monday", false, ValueSource.FREE_TEXT),
                            new OptionSpec("time", "Time of day, HH:MM (24-hour)", false, ValueSource.TIME),
                            new OptionSpec("zone", "Time zone, such as Europe/Berlin, UTC or +05:30", false, ValueSource.TIME_ZONE))),
                    new SubcommandSpec("drop", "Delete your plan", List.of())),
            false);

    private final Plans plans;
    private final PlanButtons buttons;
    private final Clock clock;
    private final LocalTime defaultTime;
    private final ZoneId defaultZone;
    private final Runnable onNudgeChange;

    /**
     * @param defaultTime   a nudge's time when none is given (the daily tips' default)
     * @param onNudgeChange called after a nudge was set or stopped (the scheduler re-plans)
     */
    PlanCommand(Plans plans, PlanButtons buttons, Clock clock, LocalTime defaultTime, ZoneId defaultZone, Runnable onNudgeChange) {
        super(SPEC, false);
        this.plans = plans;
        this.buttons = buttons;
        this.clock = clock;
        this.defaultTime = defaultTime;
        this.defaultZone = defaultZone;
        this.onNudgeChange = onNudgeChange;
    }

    @Override
    public Answer execute(Invocation inv) {
        KnowledgeBase kb = inv.knowledge();
        UserKey owner = inv.request().user();
        List<String> words = Arrays.stream(inv.args().strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        String sub = words.isEmpty() ? "show" : words.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = words.isEmpty() ? List.of() : words.subList(1, words.size());
        try {
            return switch (sub) {
                case "show", "status", "view" -> Answer.of(show(owner, kb));
                case "set", "new", "make", "create" -> set(owner, kb, String.join(" ", rest));
                case "done", "check", "did" -> Answer.of(rest.isEmpty() ? PlanReplies.whichItem("done") : mark(owner, kb, rest.get(0), true).reply());
                case "undo", "uncheck" -> Answer.of(rest.isEmpty() ? PlanReplies.whichItem("undo") : mark(owner, kb, rest.get(0), false).reply());
                case "nudge", "nudges", "remind" -> Answer.of(nudge(owner, kb, rest));
                case "drop", "delete", "clear", "reset" -> Answer.of(PlanReplies.dropped(plans.drop(owner)));
                default -> kb.terms().scan(inv.args()).role().isPresent() && kb.terms().scan(inv.args()).unknown().isEmpty()
                        ? set(owner, kb, inv.args()) // "/plan mlops" reads as /plan set mlops
                        : Answer.of(PlanReplies.unknownSubcommand(sub));
            };
        } catch (StorageException e) {
            log.error("Learning plans unavailable: {}", e.getMessage());
            return Answer.of(PlanReplies.unavailable(e.kind().reason()));
        }
    }

    private Reply show(UserKey owner, KnowledgeBase kb) {
        Optional<PlanView> view = plans.view(owner);
        if (view.isEmpty()) {
            return PlanReplies.noPlan(kb);
        }
        return shown(view.get(), "", null);
    }

    private Reply shown(PlanView view, String note, String justDone) {
        List<Button> b = PlanReplies.buttons(view, justDone);
        return buttons.remember(PlanReplies.plan(view, note), b);
    }

    private Answer set(UserKey owner, KnowledgeBase kb, String args) {
        Terms.Scan scan = kb.terms().scan(args);
        // The role as a whole name first, typos and all ("machine lerning enginer"), then word by word.
        String withoutLevel = scan.skill().map(l -> args.replaceAll("(?i)\\b" + l.label() + "\\b", "")).orElse(args).strip();
        Optional<Role> named = withoutLevel.isEmpty() ? Optional.empty() : kb.terms().roles().find(withoutLevel);
        if (named.isEmpty() && !scan.unknown().isEmpty()) {
            return PlanReplies.unknownRole(kb, List.of(withoutLevel.isEmpty() ? String.join(" ", scan.unknown()) : withoutLevel));
        }
        if (named.isEmpty() && scan.role().isEmpty()) {
            return Answer.of(PlanReplies.whichRole(kb));
        }
        Role role = named.orElseGet(() -> scan.role().get());
        SkillLevel from = scan.skill().or(() -> scan.band().flatMap(RoadmapAnswers::skillFor)).orElse(SkillLevel.FOUNDATIONAL);
        SkillLevel target = PlanBuilder.target(kb, role);
        if (from.compareTo(target) > 0) {
            return Answer.of(PlanReplies.levelAboveRole(role, from, target));
        }
        PlanView view = plans.set(owner, role, from);
        return Answer.about(shown(view, "Your plan to become " + article(role.title()) + " " + role.title() + " is ready.", null),
                new Subject(role.id(), null, null));
    }

    /** What checking an item off or on answers, and the buttons to show with it. */
    record Marking(Reply reply, List<Button> buttons) {
    }

    /**
     * Checks the item {@code ref} (its id, case aside, or its number in the plan) off or on. An item that is not in
     * the plan, or no plan at all, gets a clear reply; nothing changes then.
     */
    Marking mark(UserKey owner, KnowledgeBase kb, String ref, boolean done) {
        Optional<PlanView> before = plans.view(owner);
        if (before.isEmpty()) {
            return new Marking(PlanReplies.noPlan(kb), List.of());
        }
        Optional<String> id = resolve(before.get(), ref);
        if (id.isEmpty()) {
            return new Marking(PlanReplies.notInPlan(ref, before.get()), List.of());
        }
        Plans.Marked marked = plans.mark(owner, before.get(), id.get(), done);
        PlanView after = plans.view(owner).orElse(before.get()).withChanges(before.get().changes());
        String text = after.item(id.get()).map(i -> PlanReplies.label(i.item())).orElse(id.get());
        String note = switch (marked) {
            case DONE -> done ? "Checked off: " + text + "." : "Opened again: " + text + ".";
            case ALREADY -> done ? text + " was done already." : text + " was not checked off.";
            case NOT_IN_PLAN -> "That item is no longer in your plan.";
        };
        List<Button> b = PlanReplies.buttons(after, done && marked != Plans.Marked.NOT_IN_PLAN ? id.get() : null);
        return new Marking(buttons.remember(PlanReplies.plan(after, note), b), b);
    }

    private static Optional<String> resolve(PlanView view, String ref) {
        String r = ref.strip().toLowerCase(Locale.ROOT);
        if (r.matches("\\d{1,4}")) {
            int n = Integer.parseInt(r);
            return n >= 1 && n <= view.items().size() ? Optional.of(view.items().get(n - 1).item().id()) : Optional.empty();
        }
        return view.items().stream().map(i -> i.item().id()).filter(id -> id.equals(r)).findFirst();
    }

    private Reply nudge(UserKey owner, KnowledgeBase kb, List<String> args) {
        NudgeArgs.Parsed p = NudgeArgs.parse(args);
        if (p.problem() != null) {
            return PlanReplies.badNudge(p.problem());
        }
        Optional<PlanView> view = plans.view(owner);
        if (view.isEmpty()) {
            return PlanReplies.noPlan(kb);
        }
        Optional<Nudge> was = view.get().nudge();
        if (p.off()) {
            plans.nudge(owner, null);
            onNudgeChange.run();
            return PlanReplies.nudgeOff(was.isPresent());
        }
        DayOfWeek day = p.day().orElse(was.map(Nudge::day).orElse(DayOfWeek.MONDAY));
        LocalTime time = p.time().orElse(was.map(Nudge::time).orElse(defaultTime));
        ZoneId zone = p.zone().orElse(was.map(Nudge::zone).orElse(defaultZone));
        Nudge nudge = new Nudge(day, time, zone, clock.instant());
        plans.nudge(owner, nudge);
        onNudgeChange.run();
        return PlanReplies.nudgeOn(nudge, NudgeSchedule.next(nudge, clock.instant()));
    }

    /** "an" before a vowel sound ("an MLOps Engineer", "a Generative AI Developer"). */
    private static String article(String title) {
        boolean acronym = title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isUpperCase(title.charAt(1));
        return (acronym ? "AEFHILMNORSX" : "AEIOU").indexOf(Character.toUpperCase(title.charAt(0))) >= 0 ? "an" : "a";
    }
}
