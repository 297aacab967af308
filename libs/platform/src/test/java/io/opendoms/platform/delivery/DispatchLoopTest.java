package io.opendoms.platform.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DispatchLoopTest {

    @Test
    void runsRoundsBackToBackWhileThereIsWorkAndSurvivesAFailedRound() {
        AtomicInteger work = new AtomicInteger(5);
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        DispatchLoop loop = new DispatchLoop("test-dispatcher", () -> {
            rounds.incrementAndGet();
            if (failures.getAndIncrement() == 0) {
                throw new IllegalStateException("the database is away");
            }
            return work.get() > 0 ? work.getAndDecrement() : 0;
        }, Duration.ofMillis(50));

        loop.start();
        try {
            assertThat(loop.isRunning()).isTrue();
            await().atMost(Duration.ofSeconds(10)).until(() -> work.get() == 0);
            int afterWork = rounds.get();
            // idle now: one round per interval, not a busy loop
            await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() >= afterWork + 2);
        } finally {
            loop.stop();
        }

        assertThat(loop.isRunning()).isFalse();
        int stopped = rounds.get();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> rounds.get() == stopped);
    }
}
