package mentorbot.knowledge;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable, validated snapshot of everything the bot knows. A reload builds a new snapshot
 * and swaps it whole, so readers never see a half-loaded model.
 */
public final class KnowledgeBase {

    private final List<Role> roles;
    private final List<Responsibility> responsibilities;
    private final List<ProgressionRow> progression;
    private final List<Step> steps;
    private final SalaryTable salary;
    private final List<Faq> faq;
    private final List<Topic> topics;
    private final List<Tip> tips;
    private final List<OutOfField> outOfField;
    private final List<Entry> entries;
    private final Map<String, Entry> entriesById;
    private final Map<String, Tip> tipsById;
    private final Map<Anchor, Entry> anchors;
    private final Map<String, String> sources;
    private final Terms terms;

    KnowledgeBase(List<Role> roles, List<Responsibility> responsibilities, List<ProgressionRow> progression,
                  List<Step> steps, SalaryTable salary, List<Faq> faq, List<Topic> topics, List<Tip> tips,
                  List<OutOfField> outOfField, Map<Anchor, String> anchorIds, Map<String, String> sources) {
        this.roles = List.copyOf(roles);
        this.responsibilities = List.copyOf(responsibilities);
        this.progression = List.copyOf(progression);
        this.steps = List.copyOf(steps);
        this.salary = salary;
        this.faq = List.copyOf(faq);
        this.topics = List.copyOf(topics);
        this.tips = List.copyOf(tips);
        this.outOfField = List.copyOf(outOfField);
        Map<String, Entry> byId = new LinkedHashMap<>();
        roles.forEach(r -> byId.put(r.id(), r));
        responsibilities.forEach(r -> byId.put(r.id(), r));
        progression.forEach(r -> byId.put(r.id(), r));
        steps.forEach(s -> byId.put(s.id(), s));
        salary.bands().forEach(b -> byId.put(b.id(), b));
        faq.forEach(f -> byId.put(f.id(), f));
        topics.forEach(t -> byId.put(t.id(), t));
        this.entriesById = Map.copyOf(byId);
        this.entries = List.copyOf(byId.values());
        Map<String, Tip> tipIds = new LinkedHashMap<>();
        tips.forEach(t -> tipIds.put(t.id(), t));
        this.tipsById = Map.copyOf(tipIds);
        Map<Anchor, Entry> anchored = new EnumMap<>(Anchor.class);
        anchorIds.forEach((a, id) -> anchored.put(a, byId.get(id)));
        this.anchors = Map.copyOf(anchored);
        this.sources = Map.copyOf(sources);
        this.terms = new Terms(roles, salary.bands(), topic(Anchor.TOP_PAYING_REGIONS).points());
    }

    /** The names this model knows (roles, levels, regions), for reading arguments and questions. */
    public Terms terms() {
        return terms;
    }

    public List<Role> roles() {
        return roles;
    }

    public List<Role> titleTableRoles() {
        return roles.stream().filter(Role::inTitleTable).toList();
    }

    public Optional<Role> role(String id) {
        return entry(id, Role.class);
    }

    public List<Responsibility> responsibilities() {
        return responsibilities;
    }

    public Optional<Responsibility> responsibility(String id) {
        return entry(id, Responsibility.class);
    }

    public List<ProgressionRow> progression() {
        return progression;
    }

    public List<Step> steps() {
        return steps;
    }

    public SalaryTable salary() {
        return salary;
    }

    public List<Faq> faq() {
        return faq;
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return entry(id, Topic.class);
    }

    public List<Tip> tips() {
        return tips;
    }

    public Optional<Tip> tip(String id) {
        return Optional.ofNullable(tipsById.get(id));
    }

    /** The kinds of question the bot declines, each with its examples. */
    public List<OutOfField> outOfField() {
        return outOfField;
    }

    public Optional<OutOfField> outOfField(String id) {
        return outOfField.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Every entry an answer can be built from (tips are not answers), in file order. */
    public List<Entry> entries() {
        return entries;
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entriesById.get(id));
    }

    public <T extends Entry> Optional<T> entry(String id, Class<T> kind) {
        Entry entry = entriesById.get(id);
        return kind.isInstance(entry) ? Optional.of(kind.cast(entry)) : Optional.empty();
    }

    /** Whether an entry or a tip has this id. */
    public boolean contains(String id) {
        return entriesById.containsKey(id) || tipsById.containsKey(id);
    }

    /** A human-readable name of any entry, for "see also" lines and tip footers. */
    public Optional<String> titleOf(String id) {
        return entry(id).map(Entry::title);
    }

    /** The entry the files declare for this purpose (validated to exist and be of the anchor's kind). */
    public Entry anchor(Anchor anchor) {
        return anchors.get(anchor);
    }

    /** The topic the files declare for this purpose. */
    public Topic topic(Anchor anchor) {
        return (Topic) anchors.get(anchor);
    }

    /** The FAQ answer the files declare for this purpose. */
    public Faq faq(Anchor anchor) {
        return (Faq) anchors.get(anchor);
    }

    /** The skill-table row the files declare for this purpose. */
    public ProgressionRow row(Anchor anchor) {
        return (ProgressionRow) anchors.get(anchor);
    }

    /** The name of a guide by its source id ("the AI engineer career guide"). */
    public String sourceName(String sourceId) {
        return sources.getOrDefault(sourceId, "the career guides");
    }

    /** Counts per kind, as {@code check} prints them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("roles", roles.size());
        counts.put("title-table roles", titleTableRoles().size());
        counts.put("responsibilities", responsibilities.size());
        counts.put("progression rows", progression.size());
        counts.put("steps", steps.size());
        counts.put("salary bands", salary.bands().size());
        counts.put("faq", faq.size());
        counts.put("topics", topics.size());
        counts.put("tips", tips.size());
        counts.put("out-of-field kinds", outOfField.size());
        counts.put("example questions", entries.stream().mapToInt(e -> e.questions().size()).sum()
                + outOfField.stream().mapToInt(o -> o.questions().size()).sum());
        return counts;
    }
}
