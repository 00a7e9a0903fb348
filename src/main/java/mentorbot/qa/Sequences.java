package mentorbot.qa;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mentorbot.knowledge.Entry;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.ProgressionRow;
import mentorbot.knowledge.Responsibility;
import mentorbot.knowledge.SkillLevel;
import mentorbot.knowledge.Step;

/**
 * "and the next one?" after step 1, "the one before?" after a responsibility or a cell of the skill table: a
 * move along the numbered entries the conversation is on (the five steps, the eight responsibilities) or
 * along the levels of the skill-table row it is on, put back into words that name where it moved to, so the
 * question is read like any other that names it.
 */
final class Sequences {

    /** A message that only moves along: "and the next one?", "the one after that?", "previous step", "and the last one". */
    private static final Pattern MOVE = Pattern.compile(
            "^(?:(?:and|ok|okay|so|then|what about|how about|and what about)\\s+)*(?:the\\s+)?"
                    + "(?:(?<next>(?:next|following)(?:\\s+(?:one|step|responsibility|duty))?|(?:one|step)\\s+after(?:\\s+(?:that|it|this))?)"
                    + "|(?<previous>(?:previous|prior)(?:\\s+(?:one|step|responsibility|duty))?|(?:one|step)\\s+before(?:\\s+(?:that|it|this))?)"
                    + "|(?<last>(?:last|final)\\s+(?:one|step|responsibility|duty)))(?:\\s+then)?$");

    private Sequences() {
    }

    /** The words naming the entry the message moves to from {@code discussed}, if it only moves along a numbered list. */
    static Optional<String> moved(String normalized, Optional<Entry> discussed, Optional<SkillLevel> level, KnowledgeBase kb) {
        Matcher m = MOVE.matcher(normalized.strip());
        if (discussed.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        if (discussed.get() instanceof Step step) {
            return to(kb.steps(), Step::number, step.number(), m).map(s -> "what is step " + s.number() + " to become an AI engineer");
        }
        if (discussed.get() instanceof Responsibility r) {
            return to(kb.responsibilities(), Responsibility::number, r.number(), m)
                    .map(n -> "what is the " + n.title() + " responsibility of an AI engineer");
        }
        if (discussed.get() instanceof ProgressionRow row && level.isPresent()) {
            return to(List.of(SkillLevel.values()), SkillLevel::ordinal, level.get().ordinal(), m)
                    .map(l -> "what is in the " + row.category() + " row at the " + l.label().toLowerCase(java.util.Locale.ROOT)
                            + " level of the skill progression");
        }
        return Optional.empty();
    }

    /** The entry (or level) the move lands on, by its number; none past either end. */
    private static <T> Optional<T> to(List<T> entries, ToIntFunction<T> numberOf, int from, Matcher m) {
        int last = entries.stream().mapToInt(numberOf).max().orElse(from);
        int target = m.group("last") != null ? last : m.group("previous") != null ? from - 1 : from + 1;
        return target == from ? Optional.empty() : entries.stream().filter(e -> numberOf.applyAsInt(e) == target).findFirst();
    }
}
