package io.opendoms.platform.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes rows past their retention on a thread of its own: every {@code interval}, one bounded statement at a
 * time ({@link #deleteBatch()}), with a pause between statements (at least {@code pause}, and four times as long as
 * the statement took: a backlog is deleted at most a fifth of the time), until a statement deletes less than a
 * full batch. Never on a thread that does other work (a purge on the outbox relay's thread once stopped publishing
 * for as long as a backlog took to delete), and never one long burst of deletes that the service's own
 * commits would queue behind.
 */
public abstract class PacedPurger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PacedPurger.class);

    private final String name;
    private final Duration firstDelay;
    private final Duration interval;
    private final Duration pause;
    private volatile boolean running;
    private volatile Thread worker;

    protected PacedPurger(String name, Duration firstDelay, Duration interval, Duration pause) {
        this.name = name;
        this.firstDelay = firstDelay;
        this.interval = interval;
        this.pause = pause;
    }

    /** Deletes at most {@link #batchSize()} rows past the retention; returns how many. */
    protected abstract int deleteBatch();

    protected abstract int batchSize();

    /**
     * A purger whose statement deletes at most {@code ?2} rows older than the cutoff {@code ?1} (now less the
     * retention).
     */
    public static PacedPurger of(String name, JdbcTemplate jdbc, String deleteStatement, Duration retention,
                                 int batchSize, Duration interval, Duration pause, Clock clock) {
        return new PacedPurger(name, Duration.ofMinutes(1), interval, pause) {
            @Override
            protected int deleteBatch() {
                return jdbc.update(deleteStatement, Timestamp.from(clock.instant().minus(retention)), batchSize);
            }

            @Override
            protected int batchSize() {
                return batchSize;
            }
        };
    }

    /** Deletes every row past the retention now, batch by batch (without the pauses); returns how many. */
    public int purge() {
        int total = 0;
        int deleted;
        do {
            deleted = deleteBatch();
            total += deleted;
        } while (deleted >= batchSize());
        return total;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name(name).daemon().start(this::loop);
    }

    private void loop() {
        try {
            Thread.sleep(firstDelay);
            while (running) {
                purgePaced();
                Thread.sleep(interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void purgePaced() throws InterruptedException {
        int total = 0;
        try {
            int deleted;
            do {
                long began = System.nanoTime();
                deleted = deleteBatch();
                total += deleted;
                if (deleted >= batchSize()) {
                    // at most a fifth of the time deleting: a backlog drains without crowding out the service
                    Duration took = Duration.ofNanos(System.nanoTime() - began);
                    Thread.sleep(max(pause, took.multipliedBy(4)));
                }
            } while (running && deleted >= batchSize());
            log.debug("{}: deleted {} rows past their retention", name, total);
        } catch (RuntimeException e) {
            log.warn("{} failed after {} rows; trying again in {}: {}", name, total, interval, e.toString());
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
