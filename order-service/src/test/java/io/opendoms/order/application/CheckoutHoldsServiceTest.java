package io.opendoms.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckoutHoldsServiceTest {

    private static final UUID HOLD = UUID.randomUUID();
    private static final Instant EXPIRES = Instant.parse("2026-12-02T12:00:00Z");

    /** A view that hears of the hold at its {@code heardAt}-th lookup (never when 0). */
    private static CheckoutHoldsPort heardOfAt(int heardAt, AtomicInteger lookups) {
        return new CheckoutHoldsPort() {
            @Override
            public Optional<KnownHold> find(UUID holdId) {
                return lookups.incrementAndGet() == heardAt || heardAt > 0 && lookups.get() > heardAt
                        ? Optional.of(new KnownHold(holdId, EXPIRES, null)) : Optional.empty();
            }

            @Override
            public void placed(UUID holdId, Instant expiresAt, Instant at) {
            }

            @Override
            public boolean ended(UUID holdId, String reason, UUID orderId, Instant at) {
                return false;
            }
        };
    }

    private static CheckoutHoldsService service(CheckoutHoldsPort holds) {
        return new CheckoutHoldsService(holds, null, null, Clock.systemUTC());
    }

    @Test
    void aHoldNotHeardOfYetIsAwaitedUntilItsEventArrives() {
        AtomicInteger lookups = new AtomicInteger();

        Optional<CheckoutHoldsPort.KnownHold> found = service(heardOfAt(3, lookups)).await(HOLD);

        assertThat(found).map(CheckoutHoldsPort.KnownHold::expiresAt).contains(EXPIRES);
        assertThat(lookups.get()).as("looked again until it was there").isEqualTo(3);
    }

    @Test
    void aHoldNeverHeardOfIsUnknownAfterTheWait() {
        AtomicInteger lookups = new AtomicInteger();
        long began = System.nanoTime();

        assertThat(service(heardOfAt(0, lookups)).await(HOLD)).isEmpty();

        assertThat(System.nanoTime() - began).as("gave up after about two seconds")
                .isGreaterThanOrEqualTo(CheckoutHoldsService.NOT_YET_HEARD_OF.toNanos());
        assertThat(lookups.get()).isGreaterThan(1);
    }
}
