package mentorbot.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.Amount;
import mentorbot.mentor.Place;
import mentorbot.mentor.Question;
import mentorbot.mentor.Shape;

/**
 * Reads a question once: corrects small typos, finds what it names (roles, levels, places, sums of
 * money), how it is put, and whether it points back at an earlier subject. Meaning is matched on
 * the words as typed: a typo correction must never turn an unknown word into a known one and so
 * make a question look answerable.
 */
final class QuestionReader {

    /** Pronouns and openers that point back at the previous subject. */
    /** A level left for another ("from junior to mid level"): what follows "to". */
    private static final java.util.regex.Pattern MOVED_TO = java.util.regex.Pattern.compile("\\bfrom \\w+(?: \\w+)? to (\\w+(?: \\w+){0,2})");

    private static final Set<String> BACK_REFERENCES = Set.of("it", "that", "this", "they", "them", "their",
            "those", "these", "its", "thats", "there", "such", "same", "then", "theirs");
    /** "this year", "these days", "at this point": a time, not something said before ("what's the H-1B cap this year?"). */
    private static final java.util.regex.Pattern TIME_POINTERS = java.util.regex.Pattern.compile(
            "\\b(this|that|these|those) (year|years|week|weeks|month|months|quarter|semester|summer|spring|fall|autumn|winter|weekend|morning|days|point|time)\\b");
    /** Words before a "that" that make it point ("is that", "about that"); after a noun it starts a clause. */
    private static final Set<String> BEFORE_A_POINTER = Set.of("is", "does", "do", "did", "about", "of", "with", "than",
            "for", "like", "after", "on", "in", "at", "to", "from", "by", "as", "and", "or", "but", "so", "if", "how", "why",
            "what", "when", "where", "was", "were", "are", "into", "beyond", "before", "need", "want", "learn", "take", "get");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "my", "your");
    /** What "IT" names when it is the field: "IT degree", "IT background" ("does it support…?" is the pronoun). */
    private static final Set<String> IT_AS_A_FIELD = Set.of("degree", "degrees", "diploma", "background", "admin",
            "administrator", "department", "sector", "major", "helpdesk", "consultant");
    /** Words after a "that" that start a clause ("an endpoint that returns…", "a role that is…"). */
    private static final java.util.regex.Pattern CLAUSE_VERB = java.util.regex.Pattern.compile(
            "\\w+s|is|are|was|were|has|have|had|can|could|will|would|should|might|may|must");

    /**
     * The words of the asking sentence that may point back: "that" after a noun and before a verb starts a
     * clause ("write me an endpoint that returns hello world") and points at nothing said before; nor does the
     * field IT ("an IT degree").
     */
    private static List<String> pointers(String asking) {
        String[] words = asking.strip().split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean clause = words[i].equals("that") && i > 0 && i + 1 < words.length
                    && !BEFORE_A_POINTER.contains(words[i - 1]) && CLAUSE_VERB.matcher(words[i + 1]).matches();
            // "is an IT degree good enough?": after an article, or before what IT names, "it" is the field.
            boolean field = words[i].equals("it") && (i > 0 && ARTICLES.contains(words[i - 1])
                    || i + 1 < words.length && IT_AS_A_FIELD.contains(words[i + 1]));
            if (!clause && !field) {
                out.add(words[i]);
            }
        }
        return out;
    }

    private static final List<String> FOLLOW_UP_OPENERS = List.of("and ", "what about ", "how about ", "and what ",
            "also ", "same for ", "so ", "ok and ", "ok so ", "okay and ", "then ", "but ", "now ", "ok what about ",
            "what if ", "and if ", "and how ", "and the ", "for ");

    /** A message asking only for more of what was just said: its reason, its time span, which ones it means. */
    private static final java.util.regex.Pattern MORE_OF_IT = java.util.regex.Pattern.compile(
            "(?:(?:but|and|so|ok|okay|hm+|wait)\\s+)*(?:why|why so|why is that|why not|how so|how come|really|since when|by when|"
                    + "until when|says who|source|(?:over|in|for|across) (?:what|which) (?:time ?frame|period|years?|span)|"
                    + "what (?:time ?frame|period|years?)|which years?|which ones?|what ones?|like what|such as|what kinds?|"
                    + "tell me more|more|more details?|details|elaborate|go on)");

    /** "why?", "over what time frame?", "which ones?": only more of what was just said. */
    static boolean asksMoreOfWhatWasSaid(String normalizedAsking) {
        return MORE_OF_IT.matcher(normalizedAsking.strip()).matches();
    }

    /** "the AI engineer job table": the guide's table of titles, which names no role of its own. */
    private static final java.util.regex.Pattern TABLE_OF_TITLES = java.util.regex.Pattern.compile(
            "\\b(?:ai|artificial intelligence) (?:engineer|engineering|eng)s? (?:(?:job|jobs|title|titles|role|roles) )?table\\b");

    /** "US" or "U.S." in capitals: the country, not the pronoun. */
    private static final java.util.regex.Pattern US_IN_CAPITALS = java.util.regex.Pattern.compile("\\bU\\.?S\\.?A?\\b");
    private static final java.util.regex.Pattern SIDE_BY_SIDE = java.util.regex.Pattern.compile("\\b(vs|versus|or|than|compared (to|with)|compare)\\b");

    /** "entry vs senior": two levels side by side, not two places. */
    private static final java.util.regex.Pattern LEVELS_SIDE_BY_SIDE = java.util.regex.Pattern.compile(
            "\\b(entry|junior|mid|senior|lead)( level)? (vs|versus|or|compared to|compared with) (entry|junior|mid|senior|lead)\\b");

    private final Places places;
    private final OtherJobs otherJobs;

    QuestionReader(Places places, OtherJobs otherJobs) {
        this.places = places;
        this.otherJobs = otherJobs;
    }

    /** A question and the text its meaning is matched on. */
    record Read(Question question, String matchText, List<String> typedWords) {
    }

    /** The roles named outside what the asker says they do not want: "not into chatbots" names no role they ask about. */
    private static List<mentorbot.knowledge.Role> liked(String text, List<mentorbot.knowledge.Role> roles, Terms terms, Lexicon lexicon) {
        String liked = QuestionParts.withoutDislikes(text);
        if (roles.isEmpty() || liked.equals(text)) {
            return roles;
        }
        String corrected = String.join(" ", List.of(Normalizer.normalize(liked).split(" ")).stream().filter(w -> !w.isEmpty())
                .map(lexicon::correct).toList());
        List<mentorbot.knowledge.Role> named = terms.scan(TABLE_OF_TITLES.matcher(corrected).replaceAll("job table")).roles();
        return roles.stream().filter(named::contains).toList();
    }

    Read read(String text, Terms terms, Lexicon lexicon) {
        String asTyped = Normalizer.normalize(text);
        List<String> typed = List.of(asTyped.split(" "));
        List<String> words = new ArrayList<>();
        for (String w : typed) {
            if (!w.isEmpty()) {
                words.add(lexicon.correct(w));
            }
        }
        String normalized = String.join(" ", words);
        Terms.Scan names = terms.scan(TABLE_OF_TITLES.matcher(normalized).replaceAll("job table"));
        List<Place> found = new ArrayList<>();
        names.region().ifPresent(r -> found.add(new Place(r, true, true)));
        for (Place p : places.in(asTyped)) {
            if (found.stream().noneMatch(f -> Normalizer.normalize(f.name()).contains(p.name()))) {
                found.add(p);
            }
        }
        if (US_IN_CAPITALS.matcher(text).find() && found.stream().noneMatch(Place::isTheUs)) {
            found.add(new Place("usa", true, false));
        }
        // "I live in Lagos; what does a mid-level AI engineer make in the US?": the place abroad is where the
        // asker lives, the US is what they ask about, unless they set the two side by side.
        boolean askedAboutUs = found.stream().anyMatch(Place::isTheUs);
        if (askedAboutUs && !SIDE_BY_SIDE.matcher(LEVELS_SIDE_BY_SIDE.matcher(asTyped).replaceAll(" ")).find()) {
            found.removeIf(p -> !p.inUs());
        }
        List<Amount> amounts = Amounts.in(text);
        Optional<String> currency = Optional.ofNullable(Amounts.foreignCurrency(text));
        String lower = text.toLowerCase(Locale.ROOT);
        Shape shape = Shapes.of(lower, QuestionParts.asking(text).toLowerCase(Locale.ROOT), words.size(), !amounts.isEmpty());
        // Only the asking sentences can point back: "this is a test. how do I…" refers to nothing said before.
        String asking = Normalizer.normalize(QuestionParts.asking(text));
        String paddedAsking = " " + asking + " ";
        boolean refersBack = FOLLOW_UP_OPENERS.stream().anyMatch(o -> paddedAsking.stripLeading().startsWith(o))
                || pointers(TIME_POINTERS.matcher(asking).replaceAll(" ")).stream().anyMatch(BACK_REFERENCES::contains)
                || asksMoreOfWhatWasSaid(asking);
        String askingCorrected = String.join(" ", List.of(asking.split(" ")).stream().filter(w -> !w.isEmpty())
                .map(lexicon::correct).toList());
        // "I've done the foundational level. What do I study at the intermediate level?": the level asked about
        // is the asking sentence's, not the one the story has behind it.
        Terms.Scan asked = askingCorrected.equals(normalized) ? names : terms.scan(askingCorrected);
        // "just got bumped from junior to mid-level": the level moved to is the asker's now.
        java.util.regex.Matcher moved = MOVED_TO.matcher(normalized);
        Optional<mentorbot.knowledge.SalaryBand> movedTo = moved.find() ? terms.scan(moved.group(1)).band() : Optional.empty();
        // "entry vs senior pay?": levels the asking sentence sets side by side are all asked about, in order.
        List<mentorbot.knowledge.SalaryBand> bands = asked.bands().size() > 1 && SIDE_BY_SIDE.matcher(askingCorrected).find() ? asked.bands()
                : asked.band().or(() -> movedTo).or(names::band).map(List::of).orElse(List.of());
        Optional<mentorbot.knowledge.SkillLevel> skill = asked.skill().or(names::skill);
        Question q = new Question(text, normalized, askingCorrected, liked(text, names.roles(), terms, lexicon), otherJobs.subjectsIn(asking), bands, skill, found, amounts, currency, shape,
                refersBack);
        return new Read(q, asTyped.isEmpty() ? text.strip() : asTyped, typed);
    }
}
