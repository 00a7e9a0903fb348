package mentorbot.mentoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mentorbot.knowledge.Normalizer;
import mentorbot.mentor.Reply;
import mentorbot.mentor.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every handled request off the request thread: {@link #record} only gives it a fresh id and
 * puts it on a bounded queue; one background writer takes what is queued and writes it in batches.
 * A full queue drops the record (counted, logged) rather than slow an answer; a database that cannot
 * be used is logged and the batch dropped, never an error for the person asking. {@link #flush} waits
 * until everything queued so far is written ({@code ask} and shutdown call it).
 */
public final class QuestionRecorder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuestionRecorder.class);
    private static final Object STOP = new Object();

    /** A question waiting to be written: its user id becomes a pseudonymous reference in the writer, never stored. */
    private record Pending(AskedQuestion question, mentorbot.mentor.UserKey user) {
    }

    private final Supplier<MentoringStore> store;
    private final Clock clock;
    private final AnswerIds ids;
    private final int batchSize;
    private final BlockingQueue<Object> queue;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Object progress = new Object();
    private long done; // guarded by progress
    private final Thread writer;
    private volatile boolean closed;

    /**
     * @param store    opened by the writer on its first batch (so a request never waits for the database)
     * @param capacity how many records may wait; more are dropped
     */
    public QuestionRecorder(Supplier<MentoringStore> store, Clock clock, AnswerIds ids, int capacity, int batchSize,
                            ThreadFactory threads) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity + 1); // room for the stop marker
        this.writer = threads.newThread(this::writeLoop);
        writer.start();
    }

    /** Records the request and its reply; returns the answer id its buttons carry. Never blocks, never throws. */
    public String record(Request request, Reply reply, ChannelKind kind) {
        String id = ids.next();
        if (closed) {
            return id;
        }
        String question = QuestionText.of(request);
        Pending q = new Pending(new AskedQuestion(id, request.platform(), request.teamId(), null, kind, question,
                Normalizer.normalize(question).toLowerCase(Locale.ROOT), reply.entryIds(), !reply.matched(),
                reply.title() + "\n" + reply.lead(), clock.instant()), request.user());
        long n = queued.incrementAndGet();
        if (!queue.offer(q)) {
            queued.decrementAndGet();
            if (dropped.incrementAndGet() % 1000 == 1) {
                log.warn("Question recording is behind: {} record(s) dropped so far (queue full)", dropped.get());
            }
        }
        return id;
    }

    /** Records dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Waits until everything queued before this call is written (or dropped by a database fault). */
    public void flush() {
        long target = queued.get();
        synchronized (progress) {
            while (done < target && writer.isAlive()) {
                try {
                    progress.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>();
        boolean stop = false;
        while (!stop) {
            Object first;
            try {
                first = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                first = STOP;
            }
            if (first == null) {
                continue;
            }
            List<Object> taken = new ArrayList<>();
            taken.add(first);
            queue.drainTo(taken, batchSize - 1);
            batch.clear();
            for (Object o : taken) {
                if (o == STOP) {
                    stop = true;
                } else {
                    batch.add((Pending) o);
                }
            }
            write(batch);
        }
    }

    private void write(List<Pending> batch) {
        try {
            if (!batch.isEmpty()) {
                MentoringStore s = store.get();
                s.insertQuestions(batch.stream().map(p -> p.question().withUserRef(
                        s.userRef(p.user()))).toList());
            }
        } catch (RuntimeException e) {
            log.warn("Could not record {} question(s): {}", batch.size(), e.getMessage());
            log.debug("Could not record questions", e);
        } finally {
            synchronized (progress) {
                done += batch.size();
                progress.notifyAll();
            }
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        while (!queue.offer(STOP)) {
            queue.poll();
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
