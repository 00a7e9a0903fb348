package mentorbot.qa;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The two things a comparison sets side by side: "OpenAI vs Anthropic", "between X and Y", "X or Y, which…". */
final class Comparisons {

    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(.+?)\\s+and\\s+(.+?)(?:[?.!,;:]|$)");
    private static final Pattern VERSUS = Pattern.compile(
            "(?i)(?:^|[:,;.?!]\\s*|\\b(?:is|are|choose|pick|learn|use|prefer|does|do|how)\\s+)([^:,;.?!]{2,60}?)\\s+(?:vs\\.?|versus|compared? (?:to|with)|compares (?:to|with)|stacks? up against|better than|harder than|easier than|rather than|or)\\s+([^:,;.?!]{2,60}?)(?:\\s*[:,;.?!]|\\s+(?:for|which|what|how|when|in|on|as|at|first)\\b|$)");

    /** What stands after "or" without naming a second thing: "in the next year or two", "SageMaker or something else". */
    private static final Pattern NO_THING = Pattern.compile(
            "(?i)(?:a |an )?(?:\\d+|one|two|three|four|five|a few|few|more|less|not|so|both|neither|whatever|"
                    + "(?:some|any)(?:thing|one|where)(?: else)?|else|something similar|similar)");

    /**
     * "Which gen AI role or project suits me?": two kinds of thing to pick from, not two things to set side by side;
     * the first side ends with a kind, the second is only a kind and what it should do.
     */
    private static final String KINDS = "(?:role|roles|job|jobs|title|titles|path|paths|project|projects|tool|tools|track|tracks"
            + "|area|areas|field|fields|direction|specialty|specialization|skill|skills)";
    private static final Pattern KIND_ENDS = Pattern.compile("(?i).*\\b" + KINDS);
    private static final Pattern ONLY_A_KIND = Pattern.compile("(?i)" + KINDS
            + "(?:\\s+(?:suits?|fits?|would|should|could|is|are|works?|makes?|matches|for|to)\\b.*)?");

    /**
     * "is it too late to get into gen AI or has the market peaked?": a second side that opens a clause of its own asks
     * one thing two ways, not about two things.
     */
    private static final Pattern A_CLAUSE = Pattern.compile(
            "(?i)(?:has|have|is|are|was|were|will|would|did|does|do|should|could|can)\\s+(?:it|the|this|that|they|there|we|everything)\\b.*");

    /** Words a name of a tool or model takes at most ("the llamaindex library"). */
    private static final int NAME_WORDS = 4;

    private Comparisons() {
    }

    /**
     * Which side of two the guides never name ("pytorch vs <b>jax</b>", "langchain or <b>llamaindex</b>"): the one
     * side none of whose words is the field's, when the other side has one. Little words do not count either way.
     */
    static java.util.OptionalInt unknownSide(List<String> sides, java.util.function.Predicate<String> littleWord,
                                             java.util.function.Predicate<String> fieldWord) {
        boolean[] known = new boolean[sides.size()];
        for (int i = 0; i < sides.size(); i++) {
            List<String> words = List.of(mentorbot.knowledge.Normalizer.normalize(sides.get(i)).split(" ")).stream()
                    .filter(w -> !w.isEmpty() && !littleWord.test(w)).toList();
            known[i] = words.isEmpty() || words.stream().anyMatch(fieldWord);
        }
        if (sides.size() != 2 || known[0] == known[1]) {
            return java.util.OptionalInt.empty();
        }
        int unknown = known[0] ? 1 : 0;
        return isAName(sides.get(unknown), littleWord) ? java.util.OptionalInt.of(unknown) : java.util.OptionalInt.empty();
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    /** "jax", "the llamaindex library": a few words and no little word but an article, not a clause ("is it a dealbreaker"). */
    private static boolean isAName(String side, java.util.function.Predicate<String> littleWord) {
        List<String> words = List.of(mentorbot.knowledge.Normalizer.normalize(side).split(" "));
        return words.size() <= NAME_WORDS && words.stream().allMatch(w -> ARTICLES.contains(w) || !littleWord.test(w));
    }

    /** Whether the second side opens a clause of its own: one thing asked two ways ("…or has the market peaked?"). */
    static boolean oneThingTwoWays(List<String> sides) {
        return sides.size() == 2 && A_CLAUSE.matcher(sides.get(1)).matches();
    }

    /** The two sides' texts, when the question sets two things side by side. */
    static Optional<List<String>> sides(String text) {
        Matcher b = BETWEEN.matcher(text);
        if (b.find()) {
            return Optional.of(List.of(b.group(1).strip(), b.group(2).strip()));
        }
        Matcher v = VERSUS.matcher(text);
        if (v.find() && !NO_THING.matcher(v.group(1).strip()).matches() && !NO_THING.matcher(v.group(2).strip()).matches()
                && !(KIND_ENDS.matcher(v.group(1).strip()).matches() && ONLY_A_KIND.matcher(v.group(2).strip()).matches())) {
            return Optional.of(List.of(v.group(1).strip(), v.group(2).strip()));
        }
        return Optional.empty();
    }
}
