package io.opendoms.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class PacedPurgerTest {

    /** Deletes what its script says, one entry per statement; a negative entry is a failing statement. */
    static final class Scripted extends PacedPurger {
        final Deque<Integer> script;
        final List<String> threads = new CopyOnWriteArrayList<>();
        final List<Long> startedAtNanos = new CopyOnWriteArrayList<>();

        Scripted(Duration pause, Integer... deletes) {
            super("test-purge", Duration.ZERO, Duration.ofMillis(50), pause);
            this.script = new ArrayDeque<>(List.of(deletes));
        }

        @Override
        protected synchronized int deleteBatch() {
            threads.add(Thread.currentThread().getName());
            startedAtNanos.add(System.nanoTime());
            Integer next = script.poll();
            if (next == null) {
                return 0;
            }
            if (next < 0) {
                throw new IllegalStateException("database away");
            }
            return next;
        }

        @Override
        protected int batchSize() {
            return 10;
        }
    }

    @Test
    void purgeNowDeletesBatchByBatchUntilOneIsShort() {
        Scripted purger = new Scripted(Duration.ZERO, 10, 10, 3, 10);

        assertThat(purger.purge()).isEqualTo(23);
        assertThat(purger.script).containsExactly(10);
    }

    @Test
    void theBackgroundPurgeRunsOnItsOwnThreadPausesBetweenFullBatchesAndSurvivesAFailure() {
        Scripted purger = new Scripted(Duration.ofMillis(100), 10, 10, 4, -1, 10, 2);
        purger.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> purger.script.isEmpty());
        } finally {
            purger.stop();
        }

        assertThat(purger.threads).allMatch("test-purge"::equals);
        // a full batch is followed by the pause before the next statement
        long gap = purger.startedAtNanos.get(1) - purger.startedAtNanos.get(0);
        assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
        assertThat(purger.isRunning()).isFalse();
    }
}
