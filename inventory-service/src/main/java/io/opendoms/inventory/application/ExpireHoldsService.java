package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;
import io.opendoms.inventory.domain.HoldStatus;
import io.opendoms.inventory.domain.StockKey;
import io.opendoms.inventory.domain.StockLevel;
import io.opendoms.inventory.domain.StockMovementKind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/** Ends the ACTIVE holds whose expiry has passed and gives their units back; run on a schedule. */
@Service
public class ExpireHoldsService {

    private static final Logger log = LoggerFactory.getLogger(ExpireHoldsService.class);

    private final CheckoutHoldsPort holds;
    private final StockPort stock;
    private final HeldStockReleases releases;
    private final PublishInventoryEventsPort events;
    private final TransactionOperations transactions;
    private final Clock clock;

    ExpireHoldsService(CheckoutHoldsPort holds, StockPort stock, HeldStockReleases releases,
                       PublishInventoryEventsPort events, TransactionOperations transactions, Clock clock) {
        this.holds = holds;
        this.stock = stock;
        this.releases = releases;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Expires due holds in batches of {@code batchSize}, one transaction each, until a batch finds fewer or ends none
     * (the rest are being changed by someone else right now: the next run sees them). Returns how many it expired.
     */
    public int expireDue(int batchSize) {
        int total = 0;
        while (true) {
            int[] found = new int[1];
            Integer expired = transactions.execute(status -> expireBatch(batchSize, found));
            total += expired == null ? 0 : expired;
            if (found[0] < batchSize || expired == null || expired == 0) {
                break;
            }
        }
        if (total > 0) {
            log.info("Expired {} checkout holds", total);
        }
        return total;
    }

    private int expireBatch(int batchSize, int[] found) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<CheckoutHold> due = holds.findDue(now, batchSize);
        found[0] = due.size();
        if (due.isEmpty()) {
            return 0;
        }
        // the stock rows of the whole batch first, in key order (a hold's rows never change), then the holds: a
        // hold another run (or a release, a conversion) has ended meanwhile is no longer ACTIVE, one it still holds
        // is skipped
        TreeSet<StockKey> keys = due.stream().flatMap(hold -> hold.stockKeys().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<StockKey, StockLevel> locked = new HashMap<>(stock.lockExisting(keys).stream()
                .collect(Collectors.toMap(StockLevel::key, Function.identity())));
        List<CheckoutHold> expiring = holds.lockDue(due.stream().map(CheckoutHold::id).toList(), now);
        for (CheckoutHold hold : expiring) {
            expire(hold, locked, now);
        }
        return expiring.size();
    }

    /** Ends one hold that is past its expiry, in the caller's transaction; its stock rows are locked. */
    void expire(CheckoutHold hold, Map<StockKey, StockLevel> locked, Instant now) {
        releases.release(hold, locked, StockMovementKind.EXPIRY, null, null, StockChangeReasons.HOLD_EXPIRED, now);
        holds.end(hold.id(), HoldStatus.EXPIRED, null, now);
        events.holdEnded(new CheckoutHold(hold.id(), hold.clientId(), HoldStatus.EXPIRED, hold.expiresAt(), null,
                hold.createdAt(), hold.lines()));
    }
}
