package mentorbot.knowledge;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.tartarus.snowball.ext.PorterStemmer;

/** Porter stems of normalised words, so word lists match plurals and verb forms ("bachelors" → "bachelor"). */
public final class Stems {
    private Stems() {
    }

    /** The stems of a normalised phrase, space-separated. */
    public static String of(String normalizedPhrase) {
        PorterStemmer stemmer = new PorterStemmer();
        return Arrays.stream(normalizedPhrase.split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> {
                    stemmer.setCurrent(w);
                    stemmer.stem();
                    return stemmer.getCurrent();
                })
                .collect(Collectors.joining(" "));
    }
}
