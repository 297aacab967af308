package io.opendoms.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checkout holds as orders meet them: recorded from inventory's events, awaited briefly at capture (a hold placed a
 * moment ago may not have reached this service yet), and told on the timeline of the order that named one when it
 * ends otherwise than by becoming the order's reservation.
 */
@Service
public class CheckoutHoldsService {

    /** How long capture waits for a hold it has not heard of; beyond that the order names an unknown hold. */
    static final Duration NOT_YET_HEARD_OF = Duration.ofSeconds(2);

    private final CheckoutHoldsPort holds;
    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;
    private final Clock clock;

    CheckoutHoldsService(CheckoutHoldsPort holds, LoadOrderPort loadOrder, SaveOrderPort saveOrder, Clock clock) {
        this.holds = holds;
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
        this.clock = clock;
    }

    /** The hold, waiting up to two seconds (no transaction held) while this service has not heard of it. */
    public Optional<CheckoutHoldsPort.KnownHold> await(UUID holdId) {
        long deadline = System.nanoTime() + NOT_YET_HEARD_OF.toNanos();
        while (true) {
            Optional<CheckoutHoldsPort.KnownHold> found = holds.find(holdId);
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        }
    }

    @Transactional
    public void placed(UUID holdId, Instant expiresAt) {
        holds.placed(holdId, expiresAt, clock.instant());
    }

    /** Records the end; an order that named the hold and did not get it hears why on its timeline. */
    @Transactional
    public void ended(UUID holdId, String reason, UUID convertedInto) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!holds.ended(holdId, reason, convertedInto, now) || "CONVERTED".equals(reason)) {
            return;
        }
        loadOrder.findLockedByReservation(holdId).ifPresent(order -> {
            order.checkoutHoldEnded(holdId, reason, now);
            saveOrder.update(order);
        });
    }
}
