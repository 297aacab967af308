package io.opendoms.platform.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A thread of its own that sends an outbox of outbound deliveries: it runs {@code round} again at once while the last
 * round found work, else after {@code idleInterval}; a failed round is logged and tried again after the interval. Its
 * own thread, so that no receiver, however slow or dead, ever holds up the flow that writes the deliveries. Started
 * and stopped with the application context (as a bean).
 */
public final class DispatchLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private final String threadName;
    private final IntSupplier round;
    private final Duration idleInterval;
    private volatile Thread thread;

    /** {@code round}: sends what is due now and answers how many it attempted (0: nothing to do). */
    public DispatchLoop(String threadName, IntSupplier round, Duration idleInterval) {
        this.threadName = Objects.requireNonNull(threadName, "threadName");
        this.round = Objects.requireNonNull(round, "round");
        this.idleInterval = Objects.requireNonNull(idleInterval, "idleInterval");
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::loop);
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (round.getAsInt() == 0) {
                    Thread.sleep(idleInterval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("{}: a dispatch round failed; trying again after {}", threadName, idleInterval, e);
                try {
                    Thread.sleep(idleInterval);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
