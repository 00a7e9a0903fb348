package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The model's vocabulary of names: roles (titles and aliases), salary levels, skill levels and
 * regions. Commands read their arguments with it and the Q&A engine finds the subject of a
 * question with it, so both understand the same words, typos included.
 */
public final class Terms {

    /** Words that carry no subject in an argument list ("/salary for a senior engineer"). */
    private static final Set<String> FILLER = Set.of(
            "a", "an", "the", "for", "of", "in", "at", "to", "and", "or", "me", "my", "i", "as", "on", "with",
            "show", "tell", "about", "what", "whats", "is", "are", "level", "levels", "role", "roles", "job",
            "jobs", "title", "titles", "position", "engineer", "engineers", "eng", "engr", "developer", "developers", "dev",
            "salary", "salaries", "pay", "please", "us", "usa", "range", "ranges", "area", "city", "based",
            "experience", "experienced", "years", "year", "yrs", "ai", "path", "roadmap", "skills", "skill",
            "interview", "question", "questions", "career", "careers", "work", "working");

    /** What a word or phrase names. */
    public sealed interface Term permits RoleTerm, BandTerm, SkillTerm, RegionTerm {
    }

    public record RoleTerm(Role role) implements Term {
    }

    public record BandTerm(SalaryBand band) implements Term {
    }

    public record SkillTerm(SkillLevel level) implements Term {
    }

    public record RegionTerm(String region) implements Term {
    }

    /** What a piece of text mentions, and the words in it that named nothing. */
    public record Scan(Optional<SkillLevel> skill, Optional<String> region, List<String> unknown, List<Role> roles,
                       List<SalaryBand> bands) {

        /** The first role named. */
        public Optional<Role> role() {
            return roles.stream().findFirst();
        }

        /** The first salary level named. */
        public Optional<SalaryBand> band() {
            return bands.stream().findFirst();
        }
    }

    private final NameIndex<Role> roles;
    private final NameIndex<SalaryBand> bands;
    private final NameIndex<SkillLevel> skills;
    private final NameIndex<String> regions;
    private final Map<String, List<Term>> phrases;
    private final int longestPhrase;

    Terms(List<Role> roleList, List<SalaryBand> bandList, List<String> regionList) {
        NameIndex.Builder<Role> rb = NameIndex.builder();
        for (Role r : roleList) {
            rb.add(r, r.title());
            r.aliases().forEach(a -> rb.add(r, a));
            String plural = r.title() + "s";
            rb.add(r, plural);
        }
        this.roles = rb.build();
        NameIndex.Builder<SalaryBand> bb = NameIndex.builder();
        for (SalaryBand b : bandList) {
            bb.add(b, b.level());
            b.aliases().forEach(a -> bb.add(b, a));
        }
        this.bands = bb.build();
        NameIndex.Builder<SkillLevel> sb = NameIndex.builder();
        for (SkillLevel l : SkillLevel.values()) {
            sb.add(l, l.label());
        }
        sb.add(SkillLevel.FOUNDATIONAL, "foundation").add(SkillLevel.FOUNDATIONAL, "fundamentals")
                .add(SkillLevel.FOUNDATIONAL, "basics").add(SkillLevel.FOUNDATIONAL, "basic")
                .add(SkillLevel.FOUNDATIONAL, "beginner level").add(SkillLevel.FOUNDATIONAL, "beginner stage")
                .add(SkillLevel.FOUNDATIONAL, "beginner tier")
                .add(SkillLevel.INTERMEDIATE, "intermediate level").add(SkillLevel.ADVANCED, "expert level");
        this.skills = sb.build();
        NameIndex.Builder<String> gb = NameIndex.builder();
        for (String region : regionList) {
            gb.add(region, region);
            String[] words = Normalizer.normalize(region).split(" ");
            if (words.length > 1) {
                StringBuilder initials = new StringBuilder();
                for (String w : words) {
                    initials.append(w.charAt(0));
                }
                gb.add(region, initials.toString());
                if (words.length > 2) {
                    gb.add(region, String.join(" ", List.of(words).subList(0, words.length - 1)));
                }
            }
        }
        this.regions = gb.build();

        Map<String, List<Term>> all = new HashMap<>();
        roles.names().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(new RoleTerm(v)));
        bands.names().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(new BandTerm(v)));
        skills.names().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(new SkillTerm(v)));
        regions.names().forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).add(new RegionTerm(v)));
        this.phrases = Map.copyOf(all);
        this.longestPhrase = all.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    public NameIndex<Role> roles() {
        return roles;
    }

    public NameIndex<SalaryBand> bands() {
        return bands;
    }

    public NameIndex<SkillLevel> skills() {
        return skills;
    }

    public NameIndex<String> regions() {
        return regions;
    }

    /** What follows "mid" when it sizes a company ("mid-size", "mid-sized", "mid-market"). */
    private static final java.util.Set<String> COMPANY_SIZE = java.util.Set.of("size", "sized", "market", "cap");

    /**
     * Reads text for names: the longest exact phrase first, then single words with a small typo.
     * Filler words are skipped; anything else left over is reported as unknown.
     */
    public Scan scan(String text) {
        String[] words = Normalizer.normalize(text).split(" ");
        SkillLevel skill = null;
        String region = null;
        List<String> unknown = new ArrayList<>();
        List<Role> allRoles = new ArrayList<>();
        List<SalaryBand> allBands = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            if (words[i].isEmpty()) {
                i++;
                continue;
            }
            // "foundation models", "foundational APIs" are models, not the foundational level of the skill table.
            if (i + 1 < words.length && FOUNDATION.contains(words[i]) && (words[i + 1].startsWith("model") || words[i + 1].startsWith("api"))) {
                i += 2;
                continue;
            }
            // "a mid-size company" is the company's size, not the mid level of pay or experience.
            if (i + 1 < words.length && words[i].equals("mid") && COMPANY_SIZE.contains(words[i + 1])) {
                i += 2;
                continue;
            }
            // "advanced text generation and reasoning" is what GPT-4 is known for, not the advanced level of the table;
            // "Advanced Databases" is a course and "an advanced degree" a degree.
            if (i + 1 < words.length && words[i].equals("advanced") && NOT_THE_LEVEL.contains(words[i + 1])) {
                i += 2;
                continue;
            }
            List<Term> found = null;
            int used = 0;
            for (int n = Math.min(longestPhrase, words.length - i); n >= 1 && found == null; n--) {
                String phrase = String.join(" ", List.of(words).subList(i, i + n));
                List<Term> hit = phrases.get(phrase);
                if (hit == null && n <= 3 && phrase.length() >= 4 && fuzzyCandidate(words, i, n)) {
                    hit = fuzzy(phrase);
                }
                if (hit != null) {
                    found = hit;
                    used = n;
                }
            }
            if (found == null) {
                if (!FILLER.contains(words[i])) {
                    unknown.add(words[i]);
                }
                i++;
                continue;
            }
            // "deep learning fundamentals", "ML concepts": a field's name before what one learns of it is a skill of the
            // table, neither a role nor its level.
            if (i + used < words.length && SKILL_NOUNS.contains(words[i + used]) && found.stream().allMatch(t -> t instanceof RoleTerm)
                    && !words[i + used - 1].startsWith("engineer") && !words[i + used - 1].startsWith("developer")) {
                i += used + 1;
                continue;
            }
            for (Term t : found) {
                if (t instanceof RoleTerm r && !allRoles.contains(r.role())) allRoles.add(r.role());
                if (t instanceof BandTerm b && !allBands.contains(b.band())) allBands.add(b.band());
                if (t instanceof SkillTerm s && skill == null) skill = s.level();
                if (t instanceof RegionTerm g && region == null) region = g.region();
            }
            i += used;
        }
        return new Scan(Optional.ofNullable(skill), Optional.ofNullable(region), List.copyOf(unknown), List.copyOf(allRoles),
                List.copyOf(allBands));
    }

    private static final java.util.Set<String> FOUNDATION = java.util.Set.of("foundation", "foundational");
    /** What one learns of a field: "deep learning fundamentals", "ml concepts", "nlp basics". */
    private static final java.util.Set<String> SKILL_NOUNS = java.util.Set.of("fundamentals", "basics", "concepts",
            "principles", "theory", "foundations");
    /** What follows "advanced" when it is a capability, a course or a degree rather than the table's level. */
    private static final java.util.Set<String> NOT_THE_LEVEL = java.util.Set.of("text", "reasoning", "language", "writing",
            "database", "databases", "degree", "degrees", "placement");

    /** A typo is only looked for in phrases that start and end on a word that could be part of a name. */
    private static boolean fuzzyCandidate(String[] words, int start, int n) {
        return !FILLER.contains(words[start]) && !FILLER.contains(words[start + n - 1]);
    }

    private List<Term> fuzzy(String phrase) {
        List<Term> out = new ArrayList<>();
        roles.find(phrase).ifPresent(r -> out.add(new RoleTerm(r)));
        bands.find(phrase).ifPresent(b -> out.add(new BandTerm(b)));
        skills.find(phrase).ifPresent(s -> out.add(new SkillTerm(s)));
        regions.find(phrase).ifPresent(g -> out.add(new RegionTerm(g)));
        return out.isEmpty() ? null : out;
    }
}
