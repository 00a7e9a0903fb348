package mentorbot.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge directory and reloads after edits settle: editors write a file in
 * several steps, so a reload waits for a short quiet period after the last change.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private static final long QUIET_MILLIS = 300;

    private final KnowledgeSource source;
    private final WatchService watch;
    private final ScheduledExecutorService debounce;
    private final Thread thread;
    private ScheduledFuture<?> pending;

    private KnowledgeWatcher(KnowledgeSource source) throws IOException {
        this.source = source;
        this.watch = FileSystems.getDefault().newWatchService();
        source.dir().register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.debounce = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "knowledge-reload"));
        this.thread = daemon(this::run, "knowledge-watch");
    }

    public static KnowledgeWatcher start(KnowledgeSource source) throws IOException {
        KnowledgeWatcher w = new KnowledgeWatcher(source);
        w.thread.start();
        return w;
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean relevant = key.pollEvents().stream()
                        .anyMatch(e -> String.valueOf(e.context()).endsWith(".yaml"));
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = debounce.schedule(() -> {
            log.info("Knowledge files changed, reloading");
            source.reload();
        }, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        watch.close();
        debounce.shutdownNow();
        thread.interrupt();
    }
}
