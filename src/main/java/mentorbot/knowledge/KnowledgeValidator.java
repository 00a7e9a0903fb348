package mentorbot.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the parsed files as one model: ids well formed and unique across files, required fields
 * present, references resolving, aliases unambiguous, figures parsing, every {@link Anchor} and
 * source declared. Stops at the first problem and names its file and line, so an editor can go
 * straight to it.
 */
final class KnowledgeValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<KnowledgeLoader.Parsed> files;
    private final Path dir;

    /** Where each id was defined, and what it is, for duplicate and reference checks. */
    private final Map<String, SourceText> definedIn = new HashMap<>();
    private final Map<String, Object> byId = new HashMap<>();
    private final Map<SourceText, Map<String, Integer>> occurrences = new HashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    KnowledgeValidator(List<KnowledgeLoader.Parsed> files) {
        this.files = List.copyOf(files);
        this.dir = files.get(0).source().path().getParent();
    }

    KnowledgeBase validate() throws KnowledgeException {
        collectSources();
        defineAll();
        if (files.stream().noneMatch(f -> f.content().salary() != null)) {
            throw new KnowledgeException(dir, 0, "no file holds the salary table ('salary:')");
        }
        List<Role> roles = new ArrayList<>();
        List<Responsibility> responsibilities = new ArrayList<>();
        List<ProgressionRow> progression = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        List<Faq> faq = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<Tip> tips = new ArrayList<>();
        List<OutOfField> outOfField = new ArrayList<>();
        SalaryTable salary = null;
        Map<String, String> aliasOwner = new HashMap<>();
        for (KnowledgeLoader.Parsed f : files) {
            SourceText src = f.source();
            KnowledgeFiles.KnowledgeFile c = f.content();
            for (Role r : c.roles()) checkRole(src, r, aliasOwner);
            for (Responsibility r : c.responsibilities()) checkResponsibility(src, r);
            for (ProgressionRow row : c.progression()) checkRow(src, row);
            checkSteps(src, c.steps(), steps.size());
            if (c.salary() != null) {
                if (salary != null) {
                    throw new KnowledgeException(src.path(), src.lineOfFieldBefore("salary", src.lines().size()),
                            "a second salary table (the model has exactly one)");
                }
                checkSalary(src, c.salary());
                salary = c.salary();
            }
            for (Faq q : c.faq()) checkFaq(src, q);
            for (Topic t : c.topics()) checkTopic(src, t);
            for (Tip t : c.tips()) checkTip(src, t);
            for (OutOfField o : c.outOfField()) checkOutOfField(src, o);
            roles.addAll(c.roles());
            responsibilities.addAll(c.responsibilities());
            progression.addAll(c.progression());
            steps.addAll(c.steps());
            faq.addAll(c.faq());
            topics.addAll(c.topics());
            tips.addAll(c.tips());
            outOfField.addAll(c.outOfField());
        }
        if (roles.isEmpty()) {
            throw new KnowledgeException(dir, 0, "no roles defined in any file");
        }
        if (tips.isEmpty()) {
            throw new KnowledgeException(dir, 0, "no tips defined in any file ('tips:')");
        }
        Map<Anchor, String> anchors = anchors();
        return new KnowledgeBase(roles, responsibilities, progression, steps, salary, faq, topics, tips, outOfField,
                anchors, sources);
    }

    private void collectSources() throws KnowledgeException {
        for (KnowledgeLoader.Parsed f : files) {
            for (var e : f.content().sources().entrySet()) {
                if (sources.putIfAbsent(e.getKey(), e.getValue()) != null) {
                    throw new KnowledgeException(f.source().path(), f.source().lineOfFieldBefore(e.getKey(), f.source().lines().size()),
                            "source '" + e.getKey() + "' is declared twice");
                }
                if (!ID.matcher(e.getKey()).matches() || e.getValue() == null || e.getValue().isBlank()) {
                    throw new KnowledgeException(f.source().path(), f.source().lineOfFieldBefore(e.getKey(), f.source().lines().size()),
                            "source '" + e.getKey() + "' needs a kebab-case id and a name");
                }
            }
        }
        if (sources.isEmpty()) {
            throw new KnowledgeException(dir, 0, "no file declares the guides entries may cite ('sources:')");
        }
    }

    private void defineAll() throws KnowledgeException {
        for (KnowledgeLoader.Parsed f : files) {
            SourceText src = f.source();
            KnowledgeFiles.KnowledgeFile c = f.content();
            for (Role r : c.roles()) define(src, r.id(), r);
            for (Responsibility r : c.responsibilities()) define(src, r.id(), r);
            for (ProgressionRow r : c.progression()) define(src, r.id(), r);
            for (Step s : c.steps()) define(src, s.id(), s);
            if (c.salary() != null) {
                for (SalaryBand b : c.salary().bands()) define(src, b.id(), b);
            }
            for (Faq q : c.faq()) define(src, q.id(), q);
            for (Topic t : c.topics()) define(src, t.id(), t);
            for (Tip t : c.tips()) define(src, t.id(), t);
            for (OutOfField o : c.outOfField()) define(src, o.id(), o);
        }
    }

    private void define(SourceText src, String id, Object entry) throws KnowledgeException {
        if (id == null || id.isBlank()) {
            throw new KnowledgeException(src.path(), firstIdlessLine(src), "an entry has no 'id'");
        }
        int nth = occurrences.computeIfAbsent(src, k -> new HashMap<>()).merge(id, 1, Integer::sum) - 1;
        if (!ID.matcher(id).matches()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, nth),
                    "id '" + id + "' must be lower-case kebab-case, like 'mlops-engineer'");
        }
        SourceText first = definedIn.putIfAbsent(id, src);
        if (first != null || sources.containsKey(id)) {
            String where = first == null ? "a source id" : "already defined in " + first.path().getFileName()
                    + (first.lineOfId(id, 0) > 0 ? " line " + first.lineOfId(id, 0) : "");
            throw new KnowledgeException(src.path(), src.lineOfId(id, nth), "duplicate id '" + id + "' (" + where + ")");
        }
        byId.put(id, entry);
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

    private void checkRole(SourceText src, Role r, Map<String, String> aliasOwner) throws KnowledgeException {
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

    private void checkResponsibility(SourceText src, Responsibility r) throws KnowledgeException {
        require(src, r.id(), "title", r.title());
        require(src, r.id(), "summary", r.summary());
        require(src, r.id(), "interviewFocus", r.interviewFocus());
        checkSource(src, r.id(), r.source());
        for (Responsibility.LevelExample e : r.levelExamples()) {
            require(src, r.id(), "levelExamples.level", e.level());
            require(src, r.id(), "levelExamples.example", e.example());
        }
    }

    private void checkRow(SourceText src, ProgressionRow row) throws KnowledgeException {
        require(src, row.id(), "category", row.category());
        for (SkillLevel level : SkillLevel.values()) {
            require(src, row.id(), level.name().toLowerCase(Locale.ROOT), row.at(level));
        }
        checkSource(src, row.id(), row.source());
    }

    private void checkSteps(SourceText src, List<Step> steps, int before) throws KnowledgeException {
        int expected = before + 1;
        for (Step s : steps) {
            require(src, s.id(), "text", s.text());
            checkSource(src, s.id(), s.source());
            if (s.number() != expected++) {
                throw new KnowledgeException(src.path(), src.lineOfId(s.id(), 0),
                        "step '" + s.id() + "' has number " + s.number() + ", expected " + (expected - 1));
            }
        }
    }

    private void checkSalary(SourceText src, SalaryTable table) throws KnowledgeException {
        checkSource(src, "salary", table.source());
        require(src, "salary", "scope", table.scope());
        if (table.bands().isEmpty()) {
            throw new KnowledgeException(src.path(), src.lineOfMention("salary", "bands"), "salary table has no bands");
        }
        for (SalaryBand b : table.bands()) {
            require(src, b.id(), "level", b.level());
            require(src, b.id(), "range", b.range());
            checkSource(src, b.id(), b.source());
            if (SalaryRange.parse(b.range()).isEmpty()) {
                throw new KnowledgeException(src.path(), src.lineOfMention(b.id(), "range"),
                        "range '" + b.range() + "' of '" + b.id() + "' does not parse; write it like \"$70K – $90K\" or \"$150K – $200K+\"");
            }
        }
    }

    private void checkFaq(SourceText src, Faq f) throws KnowledgeException {
        require(src, f.id(), "question", f.question());
        require(src, f.id(), "answer", f.answer());
        checkSource(src, f.id(), f.source());
        for (String ref : f.related()) refer(src, f.id(), ref, Entry.class);
    }

    private void checkTopic(SourceText src, Topic t) throws KnowledgeException {
        require(src, t.id(), "title", t.title());
        require(src, t.id(), "summary", t.summary());
        checkSource(src, t.id(), t.source());
        for (String ref : t.related()) refer(src, t.id(), ref, Entry.class);
    }

    private void checkTip(SourceText src, Tip t) throws KnowledgeException {
        require(src, t.id(), "text", t.text());
        require(src, t.id(), "topic", t.topic());
        if (byId.get(t.topic()) instanceof Tip) {
            throw new KnowledgeException(src.path(), src.lineOfMention(t.id(), t.topic()),
                    "tip '" + t.id() + "' must point at a knowledge entry, not at another tip");
        }
        refer(src, t.id(), t.topic(), Entry.class);
    }

    private void checkOutOfField(SourceText src, OutOfField o) throws KnowledgeException {
        require(src, o.id(), "title", o.title());
        require(src, o.id(), "reply", o.reply());
        if (o.place() != null && !OutOfField.PLACES.contains(o.place())) {
            throw new KnowledgeException(src.path(), src.lineOfMention(o.id(), "place"),
                    "out-of-field kind '" + o.id() + "' has place '" + o.place() + "' (one of " + OutOfField.PLACES + ", or leave it out)");
        }
        if (o.questions().isEmpty()) {
            throw new KnowledgeException(src.path(), src.lineOfId(o.id(), 0),
                    "out-of-field kind '" + o.id() + "' needs example questions ('questions:')");
        }
        for (String telltale : o.telltales()) {
            if (Normalizer.normalize(telltale).isBlank() || !o.cued(Normalizer.normalize(telltale))) {
                throw new KnowledgeException(src.path(), src.lineOfMention(o.id(), "telltales"),
                        "out-of-field kind '" + o.id() + "' has a telltale that is blank or has none of its cues: \"" + telltale + "\"");
            }
        }
        for (String question : o.questions()) {
            if (!o.cued(Normalizer.normalize(question))) {
                throw new KnowledgeException(src.path(), src.lineOfMention(o.id(), "cues"),
                        "out-of-field kind '" + o.id() + "' has an example without any of its cues: \"" + question + "\"");
            }
        }
    }

    private Map<Anchor, String> anchors() throws KnowledgeException {
        Map<Anchor, String> out = new EnumMap<>(Anchor.class);
        Map<String, Anchor> byKey = new HashMap<>();
        for (Anchor a : Anchor.values()) {
            byKey.put(a.key(), a);
        }
        for (KnowledgeLoader.Parsed f : files) {
            SourceText src = f.source();
            for (var e : f.content().anchors().entrySet()) {
                int line = src.lineOfFieldBefore(e.getKey(), src.lines().size());
                Anchor a = byKey.get(e.getKey());
                if (a == null) {
                    throw new KnowledgeException(src.path(), line, "unknown anchor '" + e.getKey() + "' (known: "
                            + byKey.keySet().stream().sorted().toList() + ")");
                }
                if (out.put(a, e.getValue()) != null) {
                    throw new KnowledgeException(src.path(), line, "anchor '" + e.getKey() + "' is declared twice");
                }
                Object target = byId.get(e.getValue());
                if (!a.kind().isInstance(target)) {
                    throw new KnowledgeException(src.path(), line, "anchor '" + e.getKey() + "' must name a "
                            + a.kind().getSimpleName().toLowerCase(Locale.ROOT) + ", and '" + e.getValue()
                            + "' is " + (target == null ? "not defined" : "a " + target.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
                }
            }
        }
        for (Anchor a : Anchor.values()) {
            if (!out.containsKey(a)) {
                throw new KnowledgeException(dir, 0, "no file declares anchor '" + a.key() + "' (under 'anchors:'): "
                        + "the answers need a " + a.kind().getSimpleName().toLowerCase(Locale.ROOT) + " for it");
            }
        }
        return out;
    }

    private void require(SourceText src, String id, String field, String value) throws KnowledgeException {
        if (value == null || value.isBlank()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, 0),
                    "entry '" + id + "' is missing required field '" + field + "'");
        }
    }

    /** An optional field: absent is fine, present but blank is a mistake. */
    private void notBlank(SourceText src, String id, String field, String value) throws KnowledgeException {
        if (value != null && value.isBlank()) {
            throw new KnowledgeException(src.path(), src.lineOfId(id, 0),
                    "entry '" + id + "' has a blank '" + field + "' (leave the field out instead)");
        }
    }

    private void checkSource(SourceText src, String id, String source) throws KnowledgeException {
        require(src, id, "source", source);
        if (!sources.containsKey(source)) {
            throw new KnowledgeException(src.path(), src.lineOfMention(id, source),
                    "entry '" + id + "' cites unknown source '" + source + "' (one of " + sources.keySet() + ")");
        }
    }

    private void refer(SourceText src, String owner, String ref, Class<?> kind) throws KnowledgeException {
        Object target = byId.get(ref);
        if (!kind.isInstance(target)) {
            String what = kind == Entry.class ? "entry" : kind.getSimpleName().toLowerCase(Locale.ROOT);
            throw new KnowledgeException(src.path(), src.lineOfMention(owner, ref),
                    "'" + owner + "' refers to " + what + " '" + ref + "', which does not exist");
        }
    }
}
