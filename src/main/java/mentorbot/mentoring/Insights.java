package mentorbot.mentoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What members asked over the last {@code days}: how many questions, the declined ones and the ones voted
 * unhelpful grouped by their normal form (with counts and when last seen), and each voted entry's
 * helpful and unhelpful votes, lowest helpful rate first.
 */
public record Insights(int days, int questions, List<Group> declined, List<Group> unhelpful, List<EntryVotes> entries) {

    /** One question as asked (its latest wording), how often, and when last. */
    public record Group(String question, int count, Instant lastSeen) {
    }

    public record EntryVotes(String id, int helpful, int unhelpful) {
        double helpfulRate() {
            return (double) helpful / Math.max(1, helpful + unhelpful);
        }
    }

    /** How many groups each list keeps. */
    static final int LIMIT = 20;

    /** Computes the report from the recorded questions and votes of the period. */
    public static Insights of(int days, List<AskedQuestion> asked, List<MentoringStore.Vote> votes) {
        Map<String, AskedQuestion> byId = new HashMap<>();
        asked.forEach(q -> byId.put(q.answerId(), q));
        List<Group> declined = group(asked.stream().filter(AskedQuestion::declined).toList(), q -> 1);
        Map<String, Integer> downs = new HashMap<>();
        Map<String, int[]> perEntry = new LinkedHashMap<>();
        for (MentoringStore.Vote v : votes) {
            AskedQuestion q = byId.get(v.answerId());
            if (q == null) {
                continue;
            }
            if (!v.helpful()) {
                downs.merge(q.answerId(), 1, Integer::sum);
            }
            for (String entry : q.entryIds()) {
                perEntry.computeIfAbsent(entry, e -> new int[2])[v.helpful() ? 0 : 1]++;
            }
        }
        List<Group> unhelpful = group(asked.stream().filter(q -> downs.containsKey(q.answerId())).toList(),
                q -> downs.get(q.answerId()));
        List<EntryVotes> entries = new ArrayList<>();
        perEntry.forEach((id, n) -> entries.add(new EntryVotes(id, n[0], n[1])));
        entries.sort(Comparator.comparingDouble(EntryVotes::helpfulRate).thenComparing(e -> -e.unhelpful())
                .thenComparing(EntryVotes::id));
        return new Insights(days, asked.size(), declined, unhelpful, entries.subList(0, Math.min(LIMIT, entries.size())));
    }

    private static List<Group> group(List<AskedQuestion> rows, java.util.function.ToIntFunction<AskedQuestion> weight) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (AskedQuestion q : rows) { // oldest first: the latest wording and time win
            String key = q.normalized().isEmpty() ? q.question().toLowerCase(Locale.ROOT) : q.normalized();
            Group before = groups.get(key);
            int count = (before == null ? 0 : before.count()) + weight.applyAsInt(q);
            groups.put(key, new Group(q.question(), count, q.askedAt()));
        }
        List<Group> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparingInt(Group::count).reversed().thenComparing(Group::lastSeen, Comparator.reverseOrder()));
        return out.subList(0, Math.min(LIMIT, out.size()));
    }

    public int declinedCount() {
        return declined.stream().mapToInt(Group::count).sum();
    }

    /** The share of questions declined, as a whole percentage. */
    public long declinedPercent() {
        return questions == 0 ? 0 : Math.round(100.0 * declinedCount() / questions);
    }

    /** The one JSON object of {@code insights --json}. */
    public String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("days", days);
        root.put("questions", questions);
        groups(root.putArray("declined"), declined);
        groups(root.putArray("unhelpful"), unhelpful);
        ArrayNode es = root.putArray("entries");
        for (EntryVotes e : entries) {
            es.addObject().put("id", e.id()).put("helpful", e.helpful()).put("unhelpful", e.unhelpful());
        }
        return root.toString();
    }

    private static void groups(ArrayNode array, List<Group> groups) {
        for (Group g : groups) {
            array.addObject().put("question", g.question()).put("count", g.count()).put("lastSeen", g.lastSeen().toString());
        }
    }

    /** The text form: a summary line with the share declined, then each list. */
    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Insights for the last %d day%s: %d question%s, %d declined (%d%%).%n", days,
                days == 1 ? "" : "s", questions, questions == 1 ? "" : "s", declinedCount(), declinedPercent()));
        list(out, "Declined questions", declined);
        list(out, "Voted unhelpful", unhelpful);
        out.append(String.format("%nEntries, lowest helpful rate first:%n"));
        if (entries.isEmpty()) {
            out.append("  (no votes)\n");
        }
        for (EntryVotes e : entries) {
            out.append(String.format(Locale.ROOT, "  %-40s %d helpful, %d unhelpful%n", e.id(), e.helpful(), e.unhelpful()));
        }
        return out.toString();
    }

    private static void list(StringBuilder out, String heading, List<Group> groups) {
        out.append(String.format("%n%s:%n", heading));
        if (groups.isEmpty()) {
            out.append("  (none)\n");
        }
        for (Group g : groups) {
            out.append(String.format(Locale.ROOT, "  %3d×  %s  (last %s)%n", g.count(), g.question(), g.lastSeen()));
        }
    }
}
