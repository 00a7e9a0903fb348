package mentorbot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds things by name: exactly, with a small typo, or as "did you mean" suggestions. The same
 * index answers autocomplete, so suggestions and typo tolerance never disagree.
 *
 * @param <T> what a name stands for
 */
public final class NameIndex<T> {

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private final Map<String, T> byName;
    private final Map<T, String> displayName;

    private NameIndex(Map<String, T> byName, Map<T, String> displayName) {
        // Declared order matters: autocomplete with nothing typed lists names as the files give them.
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.displayName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(displayName));
    }

    /** Collects names; the first name given for a value is its display name. */
    public static final class Builder<T> {
        private final Map<String, T> byName = new LinkedHashMap<>();
        private final Map<T, String> display = new LinkedHashMap<>();

        public Builder<T> add(T value, String name) {
            String key = Normalizer.normalize(name);
            if (!key.isEmpty()) {
                byName.putIfAbsent(key, value);
                display.putIfAbsent(value, name);
            }
            return this;
        }

        public NameIndex<T> build() {
            return new NameIndex<>(byName, display);
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public Optional<T> exact(String name) {
        return Optional.ofNullable(byName.get(Normalizer.normalize(name)));
    }

    /** Exact, else the single closest name within a typo or two (scaled to the word's length). */
    public Optional<T> find(String name) {
        String key = Normalizer.normalize(name);
        T hit = byName.get(key);
        if (hit != null || key.length() < 4) {
            return Optional.ofNullable(hit);
        }
        // Two typos in a long single word; one in a phrase, where two would swap one name for another.
        Optional<T> swapped = swappedLetters(key);
        if (swapped.isPresent()) {
            return swapped;
        }
        int allowed = key.indexOf(' ') < 0 ? (key.length() >= 8 ? 2 : 1) : (key.length() >= 16 ? 2 : 1);
        LevenshteinDistance distance = new LevenshteinDistance(allowed);
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, T> e : byName.entrySet()) {
            if (Math.abs(e.getKey().length() - key.length()) > allowed || e.getKey().length() < 4) {
                continue;
            }
            int d = distance.apply(key, e.getKey());
            if (d < 0) {
                continue;
            }
            if (d < bestDistance) {
                best = e.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && !e.getValue().equals(best)) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** Two neighbouring letters typed the wrong way round ("mlosp") count as one typo, not two. */
    private Optional<T> swappedLetters(String key) {
        char[] chars = key.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] == chars[i + 1]) {
                continue;
            }
            char c = chars[i];
            chars[i] = chars[i + 1];
            chars[i + 1] = c;
            T hit = byName.get(new String(chars));
            chars[i + 1] = chars[i];
            chars[i] = c;
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** Up to {@code max} values whose names are most like {@code query}, best first. */
    /**
     * The one value some of whose names contain every word of {@code words} as whole words
     * ("conversational" in "conversational ai engineer"), when exactly one value has such a name.
     */
    public Optional<T> onlyOneContaining(String words) {
        String key = Normalizer.normalize(words);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<T> owners = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, T> e : byName.entrySet()) {
            if ((" " + e.getKey() + " ").contains(" " + key + " ")) {
                owners.add(e.getValue());
            }
        }
        return owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty();
    }

    public List<T> closest(String query, int max) {
        String key = Normalizer.normalize(query);
        Map<T, Double> best = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : byName.entrySet()) {
            double score = SIMILARITY.apply(key, e.getKey());
            if (e.getKey().startsWith(key) && !key.isEmpty()) {
                score += 1;
            }
            best.merge(e.getValue(), score, Math::max);
        }
        return best.entrySet().stream()
                .sorted(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Autocomplete: names starting with, then containing, what was typed, then the closest; at most {@code max}. */
    public List<T> complete(String typed, int max) {
        String key = Normalizer.normalize(typed);
        Set<T> out = new LinkedHashSet<>();
        if (key.isEmpty()) {
            displayName.keySet().stream().limit(max).forEach(out::add);
            return List.copyOf(out);
        }
        List<Map.Entry<String, T>> entries = new ArrayList<>(byName.entrySet());
        entries.stream().filter(e -> e.getKey().startsWith(key)).forEach(e -> out.add(e.getValue()));
        entries.stream().filter(e -> e.getKey().contains(key)).forEach(e -> out.add(e.getValue()));
        out.addAll(closest(key, max));
        return out.stream().limit(max).toList();
    }

    public String displayName(T value) {
        return displayName.getOrDefault(value, String.valueOf(value));
    }

    /** Every name, normalised, with its value; for scanning text for mentions. */
    public Map<String, T> names() {
        return byName;
    }
}
