package mentorbot.mentor.salary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import mentorbot.knowledge.Anchor;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.Normalizer;
import mentorbot.knowledge.Role;
import mentorbot.knowledge.SalaryBand;
import mentorbot.knowledge.SalaryRange;
import mentorbot.knowledge.Topic;
import mentorbot.mentor.Amount;
import mentorbot.mentor.Answer;
import mentorbot.mentor.Place;
import mentorbot.mentor.ReplyBuilder;
import mentorbot.mentor.Sources;
import mentorbot.mentor.Subject;

/**
 * Replies about pay: the salary table led by the levels asked, a sum judged against its range,
 * the regions and what moves pay, and the plain "the guides give no figure for that" when pay is
 * asked for a country or currency outside them.
 */
public final class SalaryAnswers {
    private SalaryAnswers() {
    }

    /** What a pay question asked about; every part optional. */
    public record Filter(List<SalaryBand> bands, Optional<Role> role, Optional<Place> place, boolean lead) {
        public Filter {
            bands = List.copyOf(bands);
        }

        public Filter(List<SalaryBand> bands, Optional<Role> role, Optional<Place> place) {
            this(bands, role, place, false);
        }

        public static Filter none() {
            return new Filter(List.of(), Optional.empty(), Optional.empty());
        }
    }

    /** A lead asked about: the table's levels stop below it, so its top level (open-ended) is what applies. */
    private static String leadNote(KnowledgeBase kb) {
        return topLevel(kb).map(top -> "The guide's US table has no lead row; its experience levels stop at " + top.level()
                + " (" + top.range() + "), the band that applies to a lead. ").orElse("");
    }

    /** The highest band that is an experience level: the one the most senior job title's level reaches (not a company size). */
    static Optional<SalaryBand> topLevel(KnowledgeBase kb) {
        List<SalaryBand> table = kb.salary().bands();
        return kb.roles().stream().filter(r -> r.level() != null).flatMap(r -> bandsForLevel(kb, r.level()).stream())
                .max(java.util.Comparator.comparingInt(table::indexOf));
    }

    /** The table, led by the levels asked for (named, or spanned by the role's level). */
    public static Answer table(KnowledgeBase kb, Filter filter) {
        List<SalaryBand> focus = focus(kb, filter);
        ReplyBuilder b = ReplyBuilder.titled(title(kb, filter, focus)).lead(lead(kb, filter, focus));
        if (filter.lead()) {
            b.intro(leadNote(kb).strip());
        } else if (filter.role().isPresent() && filter.role().get().level() == null) {
            b.intro("The guide gives US salaries for AI engineers by experience level, and it gives no experience level"
                    + " for the " + filter.role().get().title() + " (not one of the job-title table's rows), so here is the whole table.");
        }
        body(kb, b, filter, focus);
        return Answer.about(b.build(), subject(filter, focus));
    }

    /** A sum judged against the range of the level asked (or the whole table when no level is named). */
    public static Answer judge(KnowledgeBase kb, Amount amount, Filter filter) {
        return judge(kb, amount, filter, Optional.empty());
    }

    /** As {@link #judge(KnowledgeBase, Amount, Filter)}, saying the guides give no figure for {@code beyondBase} ("bonus"). */
    public static Answer judge(KnowledgeBase kb, Amount amount, Filter filter, Optional<String> beyondBase) {
        List<SalaryBand> focus = focus(kb, filter);
        String sum = amount.inThousands();
        String verdict;
        if (focus.isEmpty()) {
            List<SalaryBand> containing = kb.salary().bands().stream().filter(x -> compare(amount, x) == 0).toList();
            verdict = containing.isEmpty()
                    ? sum + " is outside every range of the guide's US table (" + ranges(kb.salary().bands()) + ")."
                    : sum + " falls in the guide's " + String.join(" and ", containing.stream().map(x -> x.level() + " range ("
                    + x.range() + ")").toList()) + " for US AI engineers.";
        } else {
            SalaryBand first = focus.get(0);
            SalaryBand last = focus.get(focus.size() - 1);
            String range = first == last ? first.range() : low(first) + " – " + high(last);
            String level = first == last ? first.level() : first.level() + " to " + last.level();
            // A title the guides give no level (the generative AI developer) is named alone, never "(null)".
            String who = filter.role().map(r -> r.level() == null ? level + " " + r.title() : r.title() + " (" + r.level() + ")")
                    .orElse(level + " AI engineer");
            int lowCmp = compare(amount, first);
            int highCmp = compare(amount, last);
            String where = lowCmp < 0 ? "below" : highCmp > 0 ? "above" : "within";
            verdict = sum + " is " + where + " the guide's " + level + " range of " + range + " a year for a US " + who + ".";
            if (highCmp > 0 && SalaryRange.parse(last.range()).map(SalaryRange::openEnded).orElse(false)) {
                verdict = sum + " is above the top figure of the guide's " + level + " range (" + range
                        + "), which is open-ended (the +), so pay can go higher.";
            }
        }
        Optional<SalaryBand> higher = focus.isEmpty() ? Optional.empty() : next(kb, focus.get(focus.size() - 1));
        String nextNote = higher.filter(h -> compare(amount, h) >= 0 || atTop(amount, focus.get(focus.size() - 1)))
                .map(h -> " The next level, " + h.level() + ", is " + h.range() + ".").orElse("");
        ReplyBuilder b = ReplyBuilder.titled("Is " + sum + " a fair figure?")
                .lead(verdict + nextNote)
                .intro(beyondBase.map(x -> "The guides give base pay only, nothing on the " + x + ", so this weighs the base. ").orElse("")
                        + (filter.lead() ? leadNote(kb) : "") + placeNote(kb, filter.place()).orElse("The guide gives US figures by experience level; where you work, your specialization and the company's size move pay within them."));
        body(kb, b, filter, focus);
        return Answer.about(b.build(), subject(filter, focus));
    }

    /** Two roles' pay: the guide gives pay by level, so each role's level decides its range. */
    public static Answer compareRoles(KnowledgeBase kb, Role a, Role b) {
        String lead = "The guide gives pay by experience level, not by title: " + payByLevel(kb, a) + "; " + payByLevel(kb, b) + ".";
        ReplyBuilder r = ReplyBuilder.titled(a.title() + " and " + b.title() + " salary (USA)").lead(lead);
        kb.salary().bands().forEach(x -> r.field(x.level(), x.range()));
        Topic regions = kb.topic(Anchor.TOP_PAYING_REGIONS);
        r.text(regions.title(), regions.summary());
        r.items("What moves pay", kb.topic(Anchor.PAY_FACTORS).points());
        for (Role role : List.of(a, b)) {
            if (role == kb.anchor(Anchor.GENAI_DEVELOPER)) {
                Topic earnings = kb.topic(Anchor.GENAI_EARNINGS);
                r.section(earnings.title(), earnings.summary(), earnings.points());
            }
        }
        return Answer.about(r.suggest(a.title(), "/salary " + mentorbot.mentor.role.RoleAnswers.shortName(a))
                .suggest(b.title(), "/salary " + mentorbot.mentor.role.RoleAnswers.shortName(b))
                .footer(Sources.footer(kb, kb.salary().source())).build(), new Subject(null, null, kb.salary().bands().get(0).id()));
    }

    /** "the NLP Engineer (Mid to Senior) $90K to $200K+" or, with no level in the guides, the whole table applies. */
    private static String payByLevel(KnowledgeBase kb, Role r) {
        List<SalaryBand> bands = r.level() == null ? List.of() : bandsForLevel(kb, r.level());
        if (bands.isEmpty()) {
            return "the " + r.title() + " has no level in the guides, so the whole table applies";
        }
        SalaryBand first = bands.get(0);
        SalaryBand last = bands.get(bands.size() - 1);
        return "the " + r.title() + " (" + r.level() + ") " + (first == last ? first.range() : low(first) + " to " + high(last));
    }

    /** Pay asked for a place or currency outside the guides: declined, with what they do give. */
    public static Answer abroad(KnowledgeBase kb, String where) {
        Topic regions = kb.topic(Anchor.TOP_PAYING_REGIONS);
        ReplyBuilder b = ReplyBuilder.titled("No pay figures for " + where)
                .lead("The guides give AI engineer pay only for the USA, in US dollars, so I have no figure for " + where + ".")
                .intro("What they do give: " + ranges(kb.salary().bands()) + " a year in the USA; " + regions.summary())
                .suggest("US salary ranges", "/salary")
                .suggest("Generative AI hubs", "/mentor which cities lead in generative AI")
                .footer(Sources.footer(kb, kb.salary().source()))
                .unmatched();
        return new Answer(b.build(), Subject.NONE, false);
    }

    /** The pay of a job outside the field ("software engineers"): the guides price AI engineering roles only. */
    public static Answer otherJob(KnowledgeBase kb, String asked) {
        // Titles are read in lower case; a short one is an abbreviation ("pm", "dba") and reads as one.
        String job = asked.length() <= 3 ? asked.toUpperCase(java.util.Locale.ROOT) : asked;
        ReplyBuilder b = ReplyBuilder.titled("No pay figures for " + job)
                .lead("The guides give pay for AI engineering roles only, so I have no figure for " + job + ".")
                .intro("What they do give: " + ranges(kb.salary().bands()) + " a year for AI engineers in the USA.")
                .suggest("US salary ranges", "/salary")
                .suggest("AI roles", "/role")
                .footer(Sources.footer(kb, kb.salary().source()))
                .unmatched();
        return new Answer(b.build(), Subject.NONE, false);
    }

    /** Where pay is highest, with the table. */
    public static Answer regions(KnowledgeBase kb, Optional<Place> place) {
        Topic t = kb.topic(Anchor.TOP_PAYING_REGIONS);
        // "I live in Ohio, is that a good state for AI work?": the place is not among those named; say so first.
        Optional<String> notNamed = place.filter(p -> !p.guideRegion() && !p.isTheUs()).flatMap(p -> placeNote(kb, place, false));
        ReplyBuilder b = ReplyBuilder.titled(t.title()).lead(notNamed.orElse(t.summary()));
        kb.salary().bands().forEach(x -> b.field(x.level(), x.range()));
        b.items("Regions", t.points());
        Topic earnings = kb.topic(Anchor.GENAI_EARNINGS);
        b.text(earnings.title(), earnings.points().stream().filter(p -> p.toLowerCase(Locale.ROOT).startsWith("location"))
                .findFirst().orElse(earnings.summary()));
        b.suggest("Senior", "/salary senior").suggest("What moves pay", "/mentor what affects AI engineer salary")
                .footer(Sources.footer(kb, t.source()));
        return Answer.about(b.build(), new Subject(null, null, t.id()));
    }

    /** What moves pay, with the table. */
    public static Answer factors(KnowledgeBase kb) {
        Topic t = kb.topic(Anchor.PAY_FACTORS);
        ReplyBuilder b = ReplyBuilder.titled(t.title()).lead(t.summary()).items("", t.points());
        kb.salary().bands().forEach(x -> b.field(x.level(), x.range()));
        Topic earnings = kb.topic(Anchor.GENAI_EARNINGS);
        b.items(earnings.title(), earnings.points());
        b.suggest("Top-paying regions", "/mentor which cities pay AI engineers the most").suggest("Big Tech", "/salary big tech")
                .footer(Sources.footer(kb, t.source()));
        return Answer.about(b.build(), new Subject(null, null, t.id()));
    }

    /** What generative AI developers earn, with the AI engineer table beside it. */
    public static Answer generativeEarnings(KnowledgeBase kb) {
        return generativeEarnings(kb, Optional.empty());
    }

    /** ...and what the guides say of the US place the asker names ("I live in New York, will I be paid more here?"). */
    public static Answer generativeEarnings(KnowledgeBase kb, Optional<Place> place) {
        Topic t = kb.topic(Anchor.GENAI_EARNINGS);
        ReplyBuilder b = ReplyBuilder.titled(t.title()).lead(t.summary());
        // The location point below says why a hub pays more; the note says only where the place stands.
        place.flatMap(p -> placeNote(kb, Optional.of(p), false)).ifPresent(note -> b.text(display(place.get().name()), note));
        b.items("", t.points());
        b.text(kb.salary().scope(), ranges(kb.salary().bands()) + ".");
        b.suggest("Senior AI engineer pay", "/salary senior").suggest("What moves pay", "/mentor what affects AI engineer salary")
                .footer(Sources.footer(kb, t.source()));
        return Answer.about(b.build(), new Subject(kb.anchor(Anchor.GENAI_DEVELOPER).id(), null, t.id()));
    }

    private static List<SalaryBand> focus(KnowledgeBase kb, Filter filter) {
        List<SalaryBand> focus = new ArrayList<>(filter.bands());
        if (focus.isEmpty()) {
            filter.role().filter(r -> r.level() != null).ifPresent(r -> focus.addAll(bandsForLevel(kb, r.level())));
        }
        return focus;
    }

    private static String title(KnowledgeBase kb, Filter filter, List<SalaryBand> focus) {
        if (focus.isEmpty()) {
            return kb.salary().scope();
        }
        String who = filter.role().map(Role::title).orElse("AI engineer");
        return (filter.bands().isEmpty() ? "" : String.join(" and ", filter.bands().stream().map(SalaryBand::level).toList()) + " ")
                + who + " salary (USA)";
    }

    private static String lead(KnowledgeBase kb, Filter filter, List<SalaryBand> focus) {
        String place = filter.place().map(p -> placeNote(kb, Optional.of(p)).orElse("")).orElse("");
        if (focus.isEmpty()) {
            return "AI engineers in the USA earn " + ranges(kb.salary().bands()) + " a year." + (place.isEmpty() ? "" : " " + place);
        }
        SalaryBand first = focus.get(0);
        SalaryBand last = focus.get(focus.size() - 1);
        String range = first == last ? first.range() : low(first) + " to " + high(last);
        String text;
        if (filter.role().isPresent() && filter.bands().isEmpty()) {
            Role r = filter.role().get();
            text = "The guide gives pay by experience level, not by title: the " + r.title() + " is a " + r.level()
                    + " title, which the US table puts at " + range + " a year.";
        } else if (focus.size() > 1 && !filter.bands().isEmpty()) {
            text = String.join("; ", focus.stream().map(x -> x.level() + " AI engineers earn " + x.range()).toList()) + " a year in the USA.";
        } else {
            text = first.level() + " " + filter.role().map(Role::title).orElse("AI engineer") + "s in the USA earn "
                    + first.range() + " a year" + filter.role().map(r -> " (the guide gives pay by level, not by title)").orElse("") + ".";
        }
        return place.isEmpty() ? text : text + " " + place;
    }

    /** What the guides say about a US place: one of their top-paying regions, or a place they give no figure for. */
    private static Optional<String> placeNote(KnowledgeBase kb, Optional<Place> place) {
        return placeNote(kb, place, true);
    }

    private static Optional<String> placeNote(KnowledgeBase kb, Optional<Place> place, boolean why) {
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Place p = place.get();
        List<String> regions = kb.topic(Anchor.TOP_PAYING_REGIONS).points();
        if (p.isTheUs()) {
            return Optional.of("These are the figures for the USA as a whole; the top-paying regions the guide names are "
                    + String.join(", ", regions) + ".");
        }
        if (p.guideRegion()) {
            List<String> others = regions.stream().filter(r -> !Normalizer.normalize(r).equals(Normalizer.normalize(p.name()))).toList();
            // Why a hub pays more is the generative AI guide's point on location.
            String because = !why ? "" : kb.topic(Anchor.GENAI_EARNINGS).points().stream()
                    .filter(x -> x.toLowerCase(Locale.ROOT).startsWith("location:"))
                    .map(x -> " The generative AI guide adds that " + x.substring("location:".length()).strip() + ".")
                    .findFirst().orElse("");
            return Optional.of(p.name() + " is one of the top-paying regions the guide names, with " + String.join(" and ", others)
                    + "; it gives no separate figures per region." + because);
        }
        return Optional.of("The guides give no figures for " + display(p.name()) + "; the top-paying regions they name are "
                + String.join(", ", regions) + ".");
    }

    private static void body(KnowledgeBase kb, ReplyBuilder b, Filter filter, List<SalaryBand> focus) {
        for (SalaryBand band : focus) {
            b.field(band.level(), band.range());
        }
        List<String> others = kb.salary().bands().stream().filter(x -> !focus.contains(x))
                .map(x -> x.level() + ": " + x.range()).toList();
        if (focus.isEmpty()) {
            kb.salary().bands().forEach(x -> b.field(x.level(), x.range()));
        } else {
            b.items("Other levels", others);
        }
        if (filter.place().isEmpty()) {
            Topic regions = kb.topic(Anchor.TOP_PAYING_REGIONS);
            b.text(regions.title(), regions.summary());
        }
        b.items("What moves pay", kb.topic(Anchor.PAY_FACTORS).points());
        if (filter.role().filter(r -> r.equals(kb.anchor(Anchor.GENAI_DEVELOPER))).isPresent()) {
            Topic earnings = kb.topic(Anchor.GENAI_EARNINGS);
            b.text(earnings.title(), earnings.summary());
        }
        b.suggest("Senior", "/salary senior").suggest("Big Tech", "/salary big tech")
                .suggest("Entry level", "/salary entry")
                .suggest("Learning roadmap", "/roadmap")
                .footer(Sources.footer(kb, kb.salary().source()));
    }

    private static Subject subject(Filter filter, List<SalaryBand> focus) {
        String level = filter.bands().isEmpty() ? null : filter.bands().get(0).level();
        String entry = (focus.isEmpty() ? null : focus.get(0).id());
        return new Subject(filter.role().map(Role::id).orElse(null), level, entry);
    }

    /** -1 below the band, 0 within it, 1 above it. */
    static int compare(Amount amount, SalaryBand band) {
        SalaryRange r = SalaryRange.parse(band.range()).orElseThrow();
        long k = Math.round(amount.value() / 1000.0);
        return k < r.minThousands() ? -1 : k > r.maxThousands() ? 1 : 0;
    }

    /** At the band's top figure, where an open range ("$200K+") goes on. */
    private static boolean atTop(Amount amount, SalaryBand band) {
        SalaryRange r = SalaryRange.parse(band.range()).orElseThrow();
        return Math.round(amount.value() / 1000.0) >= r.maxThousands();
    }

    private static Optional<SalaryBand> next(KnowledgeBase kb, SalaryBand band) {
        List<SalaryBand> bands = kb.salary().bands();
        int i = bands.indexOf(band);
        return i >= 0 && i + 1 < bands.size() ? Optional.of(bands.get(i + 1)) : Optional.empty();
    }

    /** "Entry $70K – $90K, Mid $90K – $150K, …". */
    static String ranges(List<SalaryBand> bands) {
        return String.join(", ", bands.stream().map(x -> x.level() + " " + x.range()).toList());
    }

    /** The bands a role's level spans: "Mid to Senior" gives Mid and Senior. */
    static List<SalaryBand> bandsForLevel(KnowledgeBase kb, String level) {
        Set<SalaryBand> out = new LinkedHashSet<>();
        for (String word : Normalizer.normalize(level).split(" ")) {
            kb.terms().bands().exact(word).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private static String low(SalaryBand band) {
        return band.range().split("\\s*[–-]\\s*")[0];
    }

    private static String high(SalaryBand band) {
        String[] parts = band.range().split("\\s*[–-]\\s*");
        return parts[parts.length - 1];
    }

    private static String display(String place) {
        StringBuilder out = new StringBuilder();
        for (String w : place.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(w.length() <= 2 ? w.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
