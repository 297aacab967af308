package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldPolicy;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovementKind;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's own checkout holds: read, release, extend. Another client's hold is unknown to it (404), as another
 * channel's orders are; ops see every hold.
 */
@Service
public class CheckoutHoldsService {

    private final CheckoutHoldsPort holds;
    private final StockPort stock;
    private final HeldStockReleases releases;
    private final PublishInventoryEventsPort events;
    private final HoldPolicy policy;
    private final Clock clock;

    CheckoutHoldsService(CheckoutHoldsPort holds, StockPort stock, HeldStockReleases releases,
                         PublishInventoryEventsPort events, HoldPolicy policy, Clock clock) {
        this.holds = holds;
        this.stock = stock;
        this.releases = releases;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** The caller: its client id, and whether it sees every client's holds (ops). */
    public record Caller(String clientId, boolean seesAll) {

        boolean sees(CheckoutHold hold) {
            return seesAll || hold.clientId().equals(clientId);
        }
    }

    /** @throws NotFoundException for an unknown hold or one of another client */
    @Transactional(readOnly = true)
    public CheckoutHold get(UUID id, Caller caller) {
        return holds.find(id).filter(caller::sees).orElseThrow(() -> notFound(id));
    }

    /**
     * Releases what an ACTIVE hold reserves (ledger RELEASE, {@code StockChanged}, {@code HoldEnded} RELEASED).
     * A hold that already ended reserves nothing: it is answered as it is (releasing twice is harmless), except a
     * converted one, whose units are an order's now.
     *
     * @throws NotFoundException for an unknown hold or one of another client
     * @throws HoldConflictException when the hold was converted into an order's reservation
     */
    @Transactional
    public CheckoutHold release(UUID id, Caller caller) {
        CheckoutHold seen = get(id, caller);
        if (seen.status() != HoldStatus.ACTIVE) {
            return ended(seen);
        }
        // stock rows first, in key order, then the hold: the order of every writer of holds
        Map<StockKey, StockLevel> locked = new HashMap<>(stock.lockExisting(seen.stockKeys()).stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        CheckoutHold hold = holds.lock(id).orElseThrow();
        if (hold.status() != HoldStatus.ACTIVE) {
            return ended(hold);
        }
        Instant now = now();
        releases.release(hold, locked, StockMovementKind.RELEASE, HoldStatus.RELEASED.name(), caller.clientId(),
                StockChangeReasons.HOLD_RELEASED, now);
        holds.end(id, HoldStatus.RELEASED, null, now);
        CheckoutHold released = new CheckoutHold(hold.id(), hold.clientId(), HoldStatus.RELEASED, hold.expiresAt(),
                null, hold.createdAt(), hold.lines());
        events.holdEnded(released);
        return released;
    }

    /**
     * A live hold now expires {@code ttl} from now (which may be sooner than before).
     *
     * @throws NotFoundException for an unknown hold or one of another client
     * @throws io.opendoms.inventory.domain.InvalidTtlException for a TTL outside the configured bounds
     * @throws HoldConflictException when the hold ended or its expiry has passed
     */
    @Transactional
    public CheckoutHold extend(UUID id, Duration ttl, Caller caller) {
        policy.requireTtl(ttl);
        CheckoutHold hold = holds.lock(id).filter(caller::sees).orElseThrow(() -> notFound(id));
        Instant now = now();
        if (!hold.isLiveAt(now)) {
            HoldStatus status = hold.status() == HoldStatus.ACTIVE ? HoldStatus.EXPIRED : hold.status();
            throw new HoldConflictException(id, status, "Hold " + id + " is " + status
                    + " and can no longer be extended.");
        }
        Instant expiresAt = now.plus(ttl);
        holds.extend(id, expiresAt, now);
        CheckoutHold extended = new CheckoutHold(hold.id(), hold.clientId(), hold.status(), expiresAt, hold.orderId(),
                hold.createdAt(), hold.lines());
        // placed again with its new expiry: the views other services keep of it (routing, orders) follow
        events.holdPlaced(extended);
        return extended;
    }

    private static CheckoutHold ended(CheckoutHold hold) {
        if (hold.status() == HoldStatus.CONVERTED) {
            throw new HoldConflictException(hold.id(), hold.status(), "Hold " + hold.id()
                    + " was converted into the reservation of order " + hold.orderId() + "; cancel the order instead.");
        }
        return hold;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Hold " + id + " does not exist");
    }
}
