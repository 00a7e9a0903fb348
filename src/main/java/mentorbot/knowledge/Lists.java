package mentorbot.knowledge;

import java.util.List;

/** Null-safe immutable copies for record components read from hand-edited files. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
