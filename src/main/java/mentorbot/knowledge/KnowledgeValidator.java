package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a parsed model as a whole: ids well formed and unique across files, required fields
 * present, references resolving, aliases unambiguous, figures parsing. Stops at the first problem
 * and names its file and line, so an editor can go straight to it.
 */
final class KnowledgeValidator {

    /** The seed documents entries may cite as their source. */
    static final Set<String> SOURCES = Set.of("seed-ai-developer", "seed-ai-engineer", "seed-genai-developer");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final KnowledgeLoader.Parsed<KnowledgeFiles.RolesFile> roles;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.ResponsibilitiesFile> responsibilities;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.RoadmapFile> roadmap;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.SalaryFile> salary;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.InterviewFile> interview;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.TopicsFile> tools;
    private final KnowledgeLoader.Parsed<KnowledgeFiles.TipsFile> tips;

    /** Where each id was defined, for duplicate and reference checks. */
    private final Map<String, SourceText> definedIn = new HashMap<>();
    private final Map<SourceText, Map<String, Integer>> occurrences = new HashMap<>();

    KnowledgeValidator(KnowledgeLoader.Parsed<KnowledgeFiles.RolesFile> roles,
                       KnowledgeLoader.Parsed<KnowledgeFiles.ResponsibilitiesFile> responsibilities,
                       KnowledgeLoader.Parsed<KnowledgeFiles.RoadmapFile> roadmap,
                       KnowledgeLoader.Parsed<KnowledgeFiles.SalaryFile> salary,
                       KnowledgeLoader.Parsed<KnowledgeFiles.InterviewFile> interview,
                       KnowledgeLoader.Parsed<KnowledgeFiles.TopicsFile> tools,
                       KnowledgeLoader.Parsed<KnowledgeFiles.TipsFile> tips) {
        this.roles = roles;
        this.responsibilities = responsibilities;
        this.roadmap = roadmap;
        this.salary = salary;
        this.interview = interview;
        this.tools = tools;
        this.tips = tips;
    }

    KnowledgeBase validate() throws KnowledgeException {
        defineAll();
        checkRoles();
        checkResponsibilities();
        checkRoadmap();
        checkSalary();
        checkInterview();
        checkTopics(roadmap.source(), roadmap.content().topics());
        checkTopics(salary.source(), salary.content().topics());
        checkTopics(interview.source(), interview.content().topics());
        checkTopics(tools.source(), tools.content().topics());
        checkTips();

        List<Topic> allTopics = new ArrayList<>();
        allTopics.addAll(roadmap.content().topics());
        allTopics.addAll(salary.content().topics());
        allTopics.addAll(interview.content().topics());
        allTopics.addAll(tools.content().topics());
        return new KnowledgeBase(roles.content().roles(), responsibilities.content().responsibilities(),
                roadmap.content().progression(), roadmap.content().steps(), salary.content().salary(),
                interview.content().faq(), allTopics, tips.content().tips());
    }

    private void defineAll() throws KnowledgeException {
        for (Role r : roles.content().roles()) define(roles.source(), r.id());
        for (Responsibility r : responsibilities.content().responsibilities()) define(responsibilities.source(), r.id());
        for (ProgressionRow r : roadmap.content().progression()) define(roadmap.source(), r.id());
        for (Step s : roadmap.content().steps()) define(roadmap.source(), s.id());
        for (Topic t : roadmap.content().topics()) define(roadmap.source(), t.id());
        SalaryTable table = salary.content().salary();
        if (table == null) {
            throw new KnowledgeException(salary.source().path(), 1, "missing required field 'salary'");
        }
        for (SalaryBand b : table.bands()) define(salary.source(), b.id());
        for (Topic t : salary.content().topics()) define(salary.source(), t.id());
        for (Faq f : interview.content().faq()) define(interview.source(), f.id());
        for (Topic t : interview.content().topics()) define(interview.source(), t.id());
        for (Topic t : tools.content().topics()) define(tools.source(), t.id());
        for (Tip t : tips.content().tips()) define(tips.source(), t.id());
    }

    private void define(SourceText src, String id) throws KnowledgeException {
        if (id == null || id.isBlank()) {
            throw new KnowledgeException(src.path(), firstIdlessLine(src), "an entry has no 'id'");
        }
        int nth = occurrences.computeIfAbsent(src, k -> new HashMap<>()).merge(id, 1, Integer::sum) - 1;
        if (!ID.matcher(id).matches()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, nth),
                    "id '" + id + "' must be lower-case kebab-case, like 'mlops-engineer'");
        }
        SourceText first = definedIn.putIfAbsent(id, src);
        if (first != null || SOURCES.contains(id)) {
            String where = first == null ? "a predefined source id" : "already defined in " + first.path().getFileName()
                    + (first.lineOfId(id, 0) > 0 ? " line " + first.lineOfId(id, 0) : "");
            throw new KnowledgeException(src.path(), src.lineOfId(id, nth), "duplicate id '" + id + "' (" + where + ")");
        }
    }

    private static int firstIdlessLine(SourceText src) {
        for (int i = 0; i < src.lines().size(); i++) {
            String l = src.lines().get(i).strip();
            if (l.startsWith("- ") && !l.startsWith("- id:") && l.contains(":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private void checkRoles() throws KnowledgeException {
        SourceText src = roles.source();
        Map<String, String> aliasOwner = new HashMap<>();
        if (roles.content().roles().isEmpty()) {
            throw new KnowledgeException(src.path(), 1, "no roles defined");
        }
        for (Role r : roles.content().roles()) {
            require(src, r.id(), "title", r.title());
            if (r.inTitleTable()) {
                require(src, r.id(), "level", r.level());
                require(src, r.id(), "focus", r.focus());
            } else {
                // The guides give no level or focus to a role outside the job-title table: both may be left out.
                notBlank(src, r.id(), "level", r.level());
                notBlank(src, r.id(), "focus", r.focus());
            }
            require(src, r.id(), "summary", r.summary());
            checkSource(src, r.id(), r.source());
            for (String ref : r.related()) refer(src, r.id(), ref, Role.class);
            for (String ref : r.responsibilities()) refer(src, r.id(), ref, Responsibility.class);
            List<String> names = new ArrayList<>(r.aliases());
            names.add(r.title());
            for (String alias : names) {
                String key = Normalizer.normalize(alias); // the form lookups use
                String owner = aliasOwner.putIfAbsent(key, r.id());
                if (owner != null && !owner.equals(r.id())) {
                    throw new KnowledgeException(src.path(), src.lineOfMention(r.id(), alias),
                            "alias '" + alias + "' of '" + r.id() + "' already names role '" + owner + "'");
                }
            }
        }
    }

    private void checkResponsibilities() throws KnowledgeException {
        SourceText src = responsibilities.source();
        for (Responsibility r : responsibilities.content().responsibilities()) {
            require(src, r.id(), "title", r.title());
            require(src, r.id(), "summary", r.summary());
            require(src, r.id(), "interviewFocus", r.interviewFocus());
            checkSource(src, r.id(), r.source());
            for (Responsibility.LevelExample e : r.levelExamples()) {
                require(src, r.id(), "levelExamples.level", e.level());
                require(src, r.id(), "levelExamples.example", e.example());
            }
        }
    }

    private void checkRoadmap() throws KnowledgeException {
        SourceText src = roadmap.source();
        for (ProgressionRow row : roadmap.content().progression()) {
            require(src, row.id(), "category", row.category());
            for (SkillLevel level : SkillLevel.values()) {
                require(src, row.id(), level.name().toLowerCase(Locale.ROOT), row.at(level));
            }
        }
        int expected = 1;
        for (Step s : roadmap.content().steps()) {
            require(src, s.id(), "text", s.text());
            if (s.number() != expected++) {
                throw new KnowledgeException(src.path(), src.lineOfId(s.id(), 0),
                        "step '" + s.id() + "' has number " + s.number() + ", expected " + (expected - 1));
            }
        }
    }

    private void checkSalary() throws KnowledgeException {
        SourceText src = salary.source();
        SalaryTable table = salary.content().salary();
        checkSource(src, "salary", table.source());
        if (table.bands().isEmpty()) {
            throw new KnowledgeException(src.path(), src.lineOfMention("salary", "bands"), "salary table has no bands");
        }
        for (SalaryBand b : table.bands()) {
            require(src, b.id(), "level", b.level());
            require(src, b.id(), "range", b.range());
            if (SalaryRange.parse(b.range()).isEmpty()) {
                throw new KnowledgeException(src.path(), src.lineOfMention(b.id(), "range"),
                        "range '" + b.range() + "' of '" + b.id() + "' does not parse; write it like \"$70K – $90K\" or \"$150K – $200K+\"");
            }
        }
    }

    private void checkInterview() throws KnowledgeException {
        SourceText src = interview.source();
        for (Faq f : interview.content().faq()) {
            require(src, f.id(), "question", f.question());
            require(src, f.id(), "answer", f.answer());
            checkSource(src, f.id(), f.source());
            for (String ref : f.related()) refer(src, f.id(), ref, Object.class);
        }
    }

    private void checkTopics(SourceText src, List<Topic> topics) throws KnowledgeException {
        for (Topic t : topics) {
            require(src, t.id(), "title", t.title());
            require(src, t.id(), "summary", t.summary());
            checkSource(src, t.id(), t.source());
            for (String ref : t.related()) refer(src, t.id(), ref, Object.class);
        }
    }

    private void checkTips() throws KnowledgeException {
        SourceText src = tips.source();
        for (Tip t : tips.content().tips()) {
            require(src, t.id(), "text", t.text());
            require(src, t.id(), "topic", t.topic());
            refer(src, t.id(), t.topic(), Object.class);
            if (definedIn.get(t.topic()) == tips.source()) {
                throw new KnowledgeException(src.path(), src.lineOfMention(t.id(), t.topic()),
                        "tip '" + t.id() + "' must point at a knowledge entry, not at another tip");
            }
        }
    }

    private void require(SourceText src, String id, String field, String value) throws KnowledgeException {
        if (value == null || value.isBlank()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, 0),
                    "entry '" + id + "' is missing required field '" + field + "'");
        }
    }

    private void notBlank(SourceText src, String id, String field, String value) throws KnowledgeException {
        if (value != null && value.isBlank()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, 0),
                    "entry '" + id + "' has a blank '" + field + "'; leave the field out when the guides give none");
        }
    }

    private void checkSource(SourceText src, String id, String source) throws KnowledgeException {
        require(src, id, "source", source);
        if (!SOURCES.contains(source)) {
            throw new KnowledgeException(src.path(), src.lineOfMention(id, source),
                    "entry '" + id + "' cites unknown source '" + source + "' (one of " + SOURCES + ")");
        }
    }

    private void refer(SourceText src, String owner, String ref, Class<?> kind) throws KnowledgeException {
        SourceText target = definedIn.get(ref);
        boolean ok = target != null && (kind == Object.class || kindOf(ref) == kind);
        if (!ok) {
            String what = kind == Object.class ? "entry" : kind.getSimpleName().toLowerCase(Locale.ROOT);
            throw new KnowledgeException(src.path(), src.lineOfMention(owner, ref),
                    "'" + owner + "' refers to " + what + " '" + ref + "', which does not exist");
        }
    }

    private Class<?> kindOf(String id) {
        if (roles.content().roles().stream().anyMatch(r -> r.id().equals(id))) return Role.class;
        if (responsibilities.content().responsibilities().stream().anyMatch(r -> r.id().equals(id))) {
            return Responsibility.class;
        }
        return Object.class;
    }
}
