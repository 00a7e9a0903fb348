package mentorbot.plan;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SkillLevel;
import mentorbot.mentor.Action;
import mentorbot.mentor.Answer;
import mentorbot.mentor.NotUnderstood;
import mentorbot.mentor.Reply;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.TextFit;
import mentorbot.mentor.role.RoleAnswers;
import mentorbot.mentoring.Button;

/** What {@code /plan} and its buttons answer: the plan with its progress, and every refusal in plain words. */
final class PlanReplies {

    static final String USAGE = "set ROLE [LEVEL] | done ITEM | undo ITEM | nudge weekly|off [DAY] [HH:MM] [ZONE] | drop";
    private static final int BAR = 10;

    private PlanReplies() {
    }

    /** "▓▓▓▓░░░░░░ 4/10". */
    static String bar(int done, int total) {
        int filled = total == 0 ? 0 : (int) Math.round(done * (double) BAR / total);
        return "▓".repeat(filled) + "░".repeat(BAR - filled) + " " + done + "/" + total;
    }

    /** The plan: progress, what changed, the next three, then every item by kind with its id. */
    static Reply plan(PlanView view, String note) {
        List<PlanItem> next = view.next();
        String progress = view.done() + " of " + view.items().size() + " done";
        String lead = (note.isEmpty() ? "" : note + " ") + (view.complete() ? "Every item is done: well done!"
                : progress + "; next: " + next.get(0).text() + ".");
        ReplyBuilder b = ReplyBuilder.titled("Your learning plan: " + view.roleTitle())
                .lead(lead)
                .field("Progress", bar(view.done(), view.items().size()))
                .field("From", view.from().label() + " level")
                .field("Weekly nudge", view.nudge().map(PlanReplies::when).orElse("off"));
        if (view.roleGone()) {
            b.text("What changed", "The guides no longer list the " + view.roleTitle() + " role. Your plan and progress "
                    + "are kept as they were; /plan set ROLE makes a new plan for another role.");
        }
        PlanView.Changes c = view.changes();
        if (c.any()) {
            List<String> lines = new ArrayList<>();
            c.removed().forEach(i -> lines.add("Removed from the guides: " + i.item().text() + (i.done() ? " (you had done it)" : "")));
            c.reworded().forEach(i -> lines.add("Reworded: " + i.text()));
            c.added().forEach(i -> lines.add("New: " + i.text()));
            b.items("What changed in the guides since you last looked", lines);
        }
        if (!next.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < next.size(); i++) {
                lines.add((i + 1) + ". " + next.get(i).text() + " [" + next.get(i).id() + "]");
            }
            b.items("Next", lines);
        }
        for (ItemKind kind : ItemKind.values()) {
            List<String> lines = view.items().stream().filter(i -> i.item().kind() == kind)
                    .map(i -> (i.done() ? "✅ " : "⬜ ") + i.item().text() + " · " + i.item().id()).toList();
            b.items(kind.heading(), lines);
        }
        if (view.nudge().isEmpty()) {
            b.suggest("Weekly nudge", "/plan nudge weekly");
        }
        return b.suggest("Skill roadmap", "/roadmap")
                .suggest("A tip", "/tip")
                .footer("Check items off with the buttons or /plan done ITEM (its id or number); /plan undo ITEM takes one back.")
                .build();
    }

    /** Done for each next item, and undo for the one just checked off. */
    static List<Button> buttons(PlanView view, String justDone) {
        List<Button> out = new ArrayList<>();
        view.next().forEach(i -> out.add(new Button("Done: " + label(i), new Action.PlanDone(i.id()))));
        if (justDone != null) {
            view.item(justDone).filter(StoredPlan.Item::done)
                    .ifPresent(i -> out.add(new Button("Undo: " + label(i.item()), new Action.PlanUndo(justDone))));
        }
        return out;
    }

    /** A short name for a button: the text before its (last early) colon ("Programming (foundational)", "Step 2"). */
    static String label(PlanItem item) {
        int colon = item.text().lastIndexOf(':', 40);
        return TextFit.fit(colon > 0 ? item.text().substring(0, colon) : item.text(), 40);
    }

    static String when(Nudge n) {
        return n.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s at " + n.time() + " (" + n.zone().getId() + ")";
    }

    static Reply noPlan(KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("You have no learning plan yet")
                .lead("Pick the role you are heading for: /plan set ROLE [LEVEL] builds your plan from the career guides, "
                        + "from your skill level (foundational, intermediate or advanced) up to the role's.")
                .items("Roles", kb.roles().stream().map(r -> r.title() + " — /plan set " + RoleAnswers.shortName(r)).toList());
        kb.titleTableRoles().stream().limit(4).forEach(r -> b.suggest(r.title(), "/plan set " + RoleAnswers.shortName(r)));
        return b.footer("Usage: /plan " + USAGE).build();
    }

    static Answer unknownRole(KnowledgeBase kb, List<String> unknown) {
        return NotUnderstood.reply("plan set", "a role", unknown,
                NotUnderstood.runs("plan", kb.terms().roles().closest(unknown.get(0), 3), Role::title,
                        r -> "set " + RoleAnswers.shortName(r)), "ROLE [foundational|intermediate|advanced]");
    }

    static Reply whichRole(KnowledgeBase kb) {
        ReplyBuilder b = ReplyBuilder.titled("Which role?")
                .lead("Name the role your plan leads to, such as /plan set " + RoleAnswers.shortName(kb.titleTableRoles().get(0))
                        + ", with your level after it if you are past the foundations.");
        kb.titleTableRoles().stream().limit(4).forEach(r -> b.suggest(r.title(), "/plan set " + RoleAnswers.shortName(r)));
        return b.unmatched().build();
    }

    static Reply levelAboveRole(Role role, SkillLevel asked, SkillLevel target) {
        String name = RoleAnswers.shortName(role);
        return ReplyBuilder.titled("That level is above the role's")
                .lead("The " + role.title() + " role reaches the " + target.label().toLowerCase(Locale.ROOT)
                        + " level of the skill progression, so a plan for it cannot start at the "
                        + asked.label().toLowerCase(Locale.ROOT) + " level. Nothing was changed.")
                .suggest(target.label() + " level", "/plan set " + name + " " + target.label().toLowerCase(Locale.ROOT))
                .suggest("Foundational level", "/plan set " + name)
                .unmatched().build();
    }

    static Reply notInPlan(String asked, PlanView view) {
        List<PlanItem> next = view.next();
        return ReplyBuilder.titled("That is not in your plan")
                .lead("\"" + TextFit.fit(asked, 60) + "\" is not an item of your plan. Name an item by its id"
                        + (next.isEmpty() ? "" : ", such as " + next.get(0).id()) + ", or by its number in the plan (1 to "
                        + view.items().size() + "). Nothing was changed.")
                .items("Next items", next.stream().map(i -> i.id() + " — " + i.text()).toList())
                .suggest("Show my plan", "/plan")
                .unmatched().build();
    }

    static Reply whichItem(String sub) {
        return ReplyBuilder.titled("Which item?")
                .lead("Write /plan " + sub + " ITEM with the item's id or number, as /plan lists them.")
                .suggest("Show my plan", "/plan").unmatched().build();
    }

    static Reply nudgeOn(Nudge n, Instant next) {
        ZonedDateTime at = next.atZone(n.zone());
        return ReplyBuilder.titled("Weekly nudge on")
                .lead("Every week on " + n.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + n.time() + " ("
                        + n.zone().getId() + ") I'll send you a direct message with the next item of your plan and a tip for it. "
                        + "The next one: " + at.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH)) + ".")
                .suggest("Stop it", "/plan nudge off")
                .suggest("Show my plan", "/plan").build();
    }

    static Reply nudgeOff(boolean wasOn) {
        return ReplyBuilder.titled("Weekly nudge off")
                .lead(wasOn ? "I'll send no more weekly nudges. Your plan is kept." : "No weekly nudge was set. Your plan is kept.")
                .suggest("Turn it on", "/plan nudge weekly").suggest("Show my plan", "/plan").build();
    }

    static Reply badNudge(String problem) {
        return ReplyBuilder.titled("I could not set the nudge")
                .lead(problem + " Nothing was changed.")
                .text("Usage", "/plan nudge weekly [DAY] [HH:MM] [ZONE], for example /plan nudge weekly monday 09:00 Europe/Berlin; "
                        + "/plan nudge off stops it.")
                .suggest("Monday 09:00 UTC", "/plan nudge weekly monday 09:00 UTC").unmatched().build();
    }

    static Reply dropped(boolean had) {
        return ReplyBuilder.titled(had ? "Plan deleted" : "No plan to delete")
                .lead(had ? "I deleted your learning plan and its progress. /plan set ROLE starts a new one."
                        : "You have no learning plan. /plan set ROLE starts one.")
                .suggest("New plan", "/plan").build();
    }

    static Reply unknownSubcommand(String sub) {
        return ReplyBuilder.titled("I did not understand \"" + TextFit.fit(sub, 40) + "\"")
                .lead("/plan does not know \"" + TextFit.fit(sub, 40) + "\".")
                .text("Usage", "/plan " + USAGE)
                .suggest("Show my plan", "/plan").unmatched().build();
    }

    static Reply unavailable(String reason) {
        return ReplyBuilder.titled("Learning plans are unavailable")
                .lead("Learning plans are unavailable: " + reason + ". Nothing was changed; please try again later.")
                .unmatched().build();
    }

    static Reply later(PlanItem item) {
        return ReplyBuilder.titled("Later, then")
                .lead("\"" + TextFit.fit(item.text(), 120) + "\" stays next on your plan. I'll ask again next week.")
                .suggest("Show my plan", "/plan").build();
    }
}
