package io.opendoms.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes inbox rows older than the retention, in batches through the {@code processed_at} index, on a background
 * thread of its own (whether or not this instance runs the outbox relay).
 */
public class InboxPurger implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxPurger.class);
    private static final Duration FIRST_PURGE_DELAY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final InboxProperties properties;
    private final Clock clock;
    private volatile boolean running;
    private volatile Thread worker;

    public InboxPurger(JdbcTemplate jdbc, InboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes processed event ids older than the retention; returns how many. */
    public int purge() {
        Timestamp cutoff = Timestamp.from(clock.instant().minus(properties.retention()));
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("""
                    DELETE FROM platform_inbox WHERE (consumer, event_id) IN (
                        SELECT consumer, event_id FROM platform_inbox WHERE processed_at < ? ORDER BY processed_at LIMIT ?)""",
                    cutoff, properties.purgeBatchSize());
            total += deleted;
        } while (deleted == properties.purgeBatchSize());
        return total;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("inbox-purge").daemon().start(this::loop);
    }

    private void loop() {
        Instant next = clock.instant().plus(FIRST_PURGE_DELAY);
        while (running) {
            try {
                Thread.sleep(Duration.ofSeconds(1));
                if (!clock.instant().isBefore(next)) {
                    next = clock.instant().plus(properties.purgeInterval());
                    int purged = purge();
                    log.debug("Purged {} inbox rows", purged);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Inbox purge failed; trying again later: {}", e.toString());
            }
        }
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
