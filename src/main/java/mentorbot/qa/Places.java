package mentorbot.qa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mentorbot.knowledge.KnowledgeException;
import mentorbot.knowledge.Normalizer;
import mentorbot.mentor.Place;

/** The places of {@code config/qa/places.yaml}, found in normalised text, longest name first. */
final class Places {

    private record File(List<String> us, List<String> abroad) {
        File {
            us = us == null ? List.of() : us;
            abroad = abroad == null ? List.of() : abroad;
        }
    }

    private final Map<String, Boolean> inUs;
    private final int longest;

    private Places(Map<String, Boolean> inUs) {
        this.inUs = Map.copyOf(inUs);
        this.longest = inUs.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    static Places load(Path file) throws KnowledgeException {
        File f = QaFiles.yaml(file, File.class);
        Map<String, Boolean> names = new HashMap<>();
        f.us().forEach(n -> names.put(Normalizer.normalize(n), true));
        f.abroad().forEach(n -> names.put(Normalizer.normalize(n), false));
        return new Places(names);
    }

    static Places none() {
        return new Places(Map.of());
    }

    /** The places named in already normalised text, in order. */
    List<Place> in(String normalized) {
        String[] words = normalized.split(" ");
        List<Place> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int used = 0;
            for (int n = Math.min(longest, words.length - i); n >= 1 && used == 0; n--) {
                String phrase = String.join(" ", List.of(words).subList(i, i + n));
                Boolean us = inUs.get(phrase);
                if (us != null) {
                    out.add(new Place(phrase, us, false));
                    used = n;
                }
            }
            i += Math.max(used, 1);
        }
        return List.copyOf(out);
    }
}
