package mentorbot.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out the current knowledge snapshot and swaps in a new one on reload. A reload that fails
 * validation is logged and changes nothing: the last good model keeps serving.
 */
public final class KnowledgeSource {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeSource.class);

    private final Path dir;
    private final KnowledgeLoader loader;
    private final AtomicReference<KnowledgeBase> current;
    private final List<Consumer<KnowledgeBase>> listeners = new CopyOnWriteArrayList<>();

    public KnowledgeSource(Path dir, KnowledgeLoader loader, KnowledgeBase initial) {
        this.dir = dir;
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
    }

    /** Loads the directory once; fails with file, line and reason. */
    public static KnowledgeSource open(Path dir) throws KnowledgeException {
        KnowledgeLoader loader = new KnowledgeLoader();
        return new KnowledgeSource(dir, loader, loader.load(dir));
    }

    public KnowledgeBase current() {
        return current.get();
    }

    public Path dir() {
        return dir;
    }

    /** Called with each new snapshot after it is in place (caches clear, indexes rebuild). */
    public void onReload(Consumer<KnowledgeBase> listener) {
        listeners.add(listener);
    }

    /** Rebuilds from disk; returns the error when the files are bad (and the old model stays). */
    public Optional<KnowledgeException> reload() {
        KnowledgeBase next;
        try {
            next = loader.load(dir);
        } catch (KnowledgeException e) {
            log.error("Knowledge reload rejected, still serving the last good model: {}", e.getMessage());
            return Optional.of(e);
        }
        current.set(next);
        for (Consumer<KnowledgeBase> l : listeners) {
            l.accept(next);
        }
        log.info("Knowledge reloaded: {}", next.counts());
        return Optional.empty();
    }
}
