package mentorbot.tips;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import mentorbot.knowledge.KnowledgeSource;
import mentorbot.knowledge.Tip;

/** Where tips come from: the current list (re-read at every claim, so a reload takes effect) and entry titles. */
public interface TipCatalog {

    List<Tip> tips();

    /** The name of the knowledge entry a tip comes from, for the footer. */
    Optional<String> titleOf(String entryId);

    default Optional<Tip> tip(String id) {
        return tips().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    default List<String> ids() {
        return tips().stream().map(Tip::id).toList();
    }

    static TipCatalog of(KnowledgeSource source) {
        return of(() -> source.current().tips(), id -> source.current().titleOf(id));
    }

    /**
     * A catalog over a knowledge source that exists only later ({@code Application} builds the tips
     * feature before the core that owns the source): no tips until {@code source} returns one.
     */
    static TipCatalog deferred(Supplier<KnowledgeSource> source) {
        return of(() -> source.get() == null ? List.of() : source.get().current().tips(),
                id -> source.get() == null ? Optional.empty() : source.get().current().titleOf(id));
    }

    static TipCatalog of(Supplier<List<Tip>> tips, Function<String, Optional<String>> titles) {
        return new TipCatalog() {
            @Override
            public List<Tip> tips() {
                return tips.get();
            }

            @Override
            public Optional<String> titleOf(String entryId) {
                return titles.apply(entryId);
            }
        };
    }
}
