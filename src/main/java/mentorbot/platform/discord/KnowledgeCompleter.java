package mentorbot.platform.discord;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import mentorbot.knowledge.Faq;
import mentorbot.knowledge.KnowledgeBase;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.NameIndex;
import mentorbot.knowledge.Terms;
import mentorbot.mentor.CommandSpec.ValueSource;

/**
 * Answers autocomplete from the current knowledge snapshot, ranked by the same {@link NameIndex}
 * the core reads arguments with, so a suggestion is always a name the command understands.
 */
public final class KnowledgeCompleter implements OptionCompleter {

    private static final List<String> TIMES = List.of(
            "07:00", "08:00", "08:30", "09:00", "09:30", "10:00", "12:00", "13:00", "17:00", "18:00", "20:00");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
            .sorted().toList();

    private final KnowledgeSource source;
    private final AtomicReference<FaqIndex> faq = new AtomicReference<>();

    public KnowledgeCompleter(KnowledgeSource source) {
        this.source = source;
    }

    private record FaqIndex(KnowledgeBase base, NameIndex<Faq> index) {
    }

    @Override
    public List<String> complete(ValueSource kind, String typed, int max) {
        String q = typed == null ? "" : typed;
        KnowledgeBase kb = source.current();
        Terms terms = kb.terms();
        return switch (kind) {
            case ROLE -> names(terms.roles(), q, max);
            case SKILL_LEVEL -> names(terms.skills(), q, max);
            case SALARY_LEVEL -> names(terms.bands(), q, max);
            case REGION -> names(terms.regions(), q, max);
            case INTERVIEW_TOPIC -> names(faqIndex(kb), q, max);
            case TIME -> prefixed(TIMES, q, max);
            case TIME_ZONE -> zones(q, max);
            case FREE_TEXT, CHANNEL, PERIOD -> List.of();
        };
    }

    private static <T> List<String> names(NameIndex<T> index, String typed, int max) {
        return index.complete(typed, max).stream().map(index::displayName).distinct().limit(max).toList();
    }

    private NameIndex<Faq> faqIndex(KnowledgeBase kb) {
        FaqIndex cached = faq.get();
        if (cached != null && cached.base() == kb) {
            return cached.index();
        }
        NameIndex.Builder<Faq> b = NameIndex.builder();
        for (Faq f : kb.faq()) {
            b.add(f, f.question());
            if (f.label() != null && !f.label().isBlank()) {
                b.add(f, f.label());
            }
            f.keywords().forEach(k -> b.add(f, k));
        }
        NameIndex<Faq> index = b.build();
        faq.set(new FaqIndex(kb, index));
        return index;
    }

    private static List<String> prefixed(List<String> values, String typed, int max) {
        String t = typed.strip();
        List<String> out = values.stream().filter(v -> v.startsWith(t)).limit(max).toList();
        return out.isEmpty() && t.matches("\\d{1,2}:\\d{2}") ? List.of(t) : out;
    }

    private static List<String> zones(String typed, int max) {
        String t = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        List<String> out = new ArrayList<>();
        if (t.isEmpty() || "utc".startsWith(t)) {
            out.add("UTC");
        }
        for (String z : ZONES) {
            if (out.size() >= max) {
                break;
            }
            if (z.toLowerCase(Locale.ROOT).contains(t)) {
                out.add(z);
            }
        }
        return out;
    }
}
