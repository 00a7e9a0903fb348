package mentorbot.platform;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import org.slf4j.Logger;

/**
 * How every chat adapter answers: the core runs on a bounded pool of workers, not on the
 * platform's own thread (unless its answer is cached, a look-up). A reply ready within the platform's deadline goes back at once (Slack's
 * acknowledgement, Discord's interaction reply); when the deadline passes first the adapter is told
 * to defer, and the reply follows when it is ready; when every worker and waiting slot is taken the
 * adapter answers "busy" at once. {@link #close} lets accepted work finish (bounded) and logs what
 * could not be sent.
 */
public final class Dispatcher implements AutoCloseable {

    /** Where one request's answer goes; exactly one of {@link #now} or {@link #deferred}+{@link #later}, or {@link #busy}. */
    public interface Delivery {
        /** The reply, ready within the deadline. */
        void now(Reply reply);

        /** The deadline passed before the reply was ready (called on the timer thread). */
        void deferred();

        /** The reply, after {@link #deferred}. */
        void later(Reply reply);

        /** Not run: every worker and waiting slot is taken. */
        void busy();
    }

    private static final int PENDING = 0;
    private static final int ANSWERED = 1;
    private static final int DEFERRED = 2;

    private final String name;
    private final SafeHandler core;
    private final Duration deadline;
    private final Duration drain;
    private final Logger log;
    private final ThreadPoolExecutor workers;
    private final ScheduledThreadPoolExecutor timer;

    /**
     * @param name     the platform, for thread names and log lines
     * @param threads  workers answering requests
     * @param waiting  requests that may wait for a worker before new ones are "busy"
     * @param deadline how long a reply may take before the adapter defers
     * @param drain    how long {@link #close} waits for accepted work
     */
    public Dispatcher(String name, SafeHandler core, int threads, int waiting, Duration deadline, Duration drain,
                      Logger log) {
        if (threads < 1 || waiting < 1) {
            throw new IllegalArgumentException("workers and queue must be positive");
        }
        this.name = name;
        this.core = Objects.requireNonNull(core);
        this.deadline = Objects.requireNonNull(deadline);
        this.drain = Objects.requireNonNull(drain);
        this.log = log;
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(waiting),
                daemons(name + "-worker"), new ThreadPoolExecutor.AbortPolicy());
        workers.allowCoreThreadTimeOut(true);
        this.timer = new ScheduledThreadPoolExecutor(1, daemons(name + "-deadline"));
        timer.setRemoveOnCancelPolicy(true); // cancelled deadlines do not pile up in the queue
    }

    /** Answers {@code request} within the deadline if it can (see {@link Delivery}). */
    public void answer(Request request, Delivery delivery) {
        java.util.Optional<Reply> cached = core.answerFromCache(request);
        if (cached.isPresent()) { // a look-up: no hand-over to a worker and back
            delivery.now(cached.get());
            return;
        }
        AtomicInteger state = new AtomicInteger(PENDING);
        AtomicReference<ScheduledFuture<?>> timeout = new AtomicReference<>();
        try {
            workers.execute(() -> {
                Reply reply = core.handle(request);
                if (state.compareAndSet(PENDING, ANSWERED)) {
                    ScheduledFuture<?> t = timeout.get();
                    if (t != null) {
                        t.cancel(false);
                    }
                    delivery.now(reply);
                } else {
                    delivery.later(reply);
                }
            });
        } catch (RejectedExecutionException full) {
            log.debug("{}: too many requests waiting, answered busy", name); // per request: a flood must not flood the log
            delivery.busy();
            return;
        }
        if (state.get() == PENDING) { // the deadline starts once the request is taken; a quick answer needs none
            try {
                timeout.set(timer.schedule(() -> {
                    if (state.compareAndSet(PENDING, DEFERRED)) {
                        delivery.deferred();
                    }
                }, deadline.toMillis(), TimeUnit.MILLISECONDS));
            } catch (RejectedExecutionException closing) {
                // Closing: the worker still answers, in time or not.
            }
        }
    }

    /** How long a reply may take before the adapter is told to defer. */
    public Duration deadline() {
        return deadline;
    }

    /**
     * Answers {@code request} with no deadline (a direct message, a button): {@code send} gets the
     * reply. False, at once, when every worker and waiting slot is taken: the caller says "busy".
     */
    public boolean answer(Request request, Consumer<Reply> send) {
        if (run(() -> send.accept(core.handle(request)))) {
            return true;
        }
        log.debug("{}: too many requests waiting, answered busy", name); // per request: a flood must not flood the log
        return false;
    }

    /** Runs {@code job} (a button's work) on the workers; false when they are all taken. */
    public boolean run(Runnable job) {
        try {
            workers.execute(job);
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    /** Takes no new work, lets what was accepted finish within the drain time, and logs what it dropped. */
    @Override
    public void close() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                int running = workers.getActiveCount();
                List<Runnable> never = workers.shutdownNow();
                log.warn("{}: stopped with {} answers unsent after waiting {} ms ({} still running, {} never started)", name,
                        running + never.size(), drain.toMillis(), running, never.size());
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}…: a pool of them never keeps the process alive. */
    public static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
