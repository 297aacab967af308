package io.opendoms.order.adapter.notification;

import io.opendoms.order.application.DeliverNotificationsService;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The thread that sends notifications: a round whenever the last one found work, else after the dispatch
 * interval. Its own thread, so that no endpoint, however slow, ever holds up the order flow.
 */
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliverNotificationsService service;
    private final Duration interval;
    private volatile Thread thread;

    DeliveryDispatcher(DeliverNotificationsService service, Duration interval) {
        this.service = service;
        this.interval = interval;
    }

    @Override
    public void start() {
        thread = Thread.ofPlatform().daemon().name("notification-dispatcher").start(this::loop);
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (service.dispatchDue() == 0) {
                    Thread.sleep(interval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Notification dispatch round failed; trying again after {}", interval, e);
                try {
                    Thread.sleep(interval);
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
