package mentorbot.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable, validated snapshot of everything the bot knows. A reload builds a new snapshot
 * and swaps it whole, so readers never see a half-loaded model.
 */
public final class KnowledgeBase {

    /** The topic whose points are the regions that {@code /salary} and questions can name. */
    public static final String REGIONS_TOPIC = "top-paying-regions";

    private final List<Role> roles;
    private final List<Responsibility> responsibilities;
    private final List<ProgressionRow> progression;
    private final List<Step> steps;
    private final SalaryTable salary;
    private final List<Faq> faq;
    private final List<Topic> topics;
    private final List<Tip> tips;
    private final Map<String, Object> entriesById;
    private final Terms terms;

    KnowledgeBase(List<Role> roles, List<Responsibility> responsibilities, List<ProgressionRow> progression,
                  List<Step> steps, SalaryTable salary, List<Faq> faq, List<Topic> topics, List<Tip> tips) {
        this.roles = List.copyOf(roles);
        this.responsibilities = List.copyOf(responsibilities);
        this.progression = List.copyOf(progression);
        this.steps = List.copyOf(steps);
        this.salary = salary;
        this.faq = List.copyOf(faq);
        this.topics = List.copyOf(topics);
        this.tips = List.copyOf(tips);
        Map<String, Object> byId = new LinkedHashMap<>();
        roles.forEach(r -> byId.put(r.id(), r));
        responsibilities.forEach(r -> byId.put(r.id(), r));
        progression.forEach(r -> byId.put(r.id(), r));
        steps.forEach(s -> byId.put(s.id(), s));
        salary.bands().forEach(b -> byId.put(b.id(), b));
        faq.forEach(f -> byId.put(f.id(), f));
        topics.forEach(t -> byId.put(t.id(), t));
        tips.forEach(t -> byId.put(t.id(), t));
        this.entriesById = Map.copyOf(byId);
        this.terms = new Terms(roles, salary.bands(), topic(REGIONS_TOPIC).map(Topic::points).orElse(List.of()));
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

    public Collection<Object> entries() {
        return entriesById.values();
    }

    public boolean contains(String id) {
        return entriesById.containsKey(id);
    }

    public <T> Optional<T> entry(String id, Class<T> kind) {
        Object entry = entriesById.get(id);
        return kind.isInstance(entry) ? Optional.of(kind.cast(entry)) : Optional.empty();
    }

    /** A human-readable name of any entry, for "see also" lines and tip footers. */
    public Optional<String> titleOf(String id) {
        Object e = entriesById.get(id);
        if (e instanceof Role r) return Optional.of(r.title());
        if (e instanceof Responsibility r) return Optional.of(r.title());
        if (e instanceof ProgressionRow r) return Optional.of("Skill progression: " + r.category());
        if (e instanceof Step s) return Optional.of("Step " + s.number() + " to become an AI engineer");
        if (e instanceof SalaryBand b) return Optional.of(b.level() + " salary range");
        if (e instanceof Faq f) return Optional.of(f.question());
        if (e instanceof Topic t) return Optional.of(t.title());
        return Optional.empty();
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
        return counts;
    }
}
