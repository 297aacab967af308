package io.opendoms.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Units a checkout reserves for a while, before there is an order: they are not available to anyone else until
 * the hold is released, expires, is converted into an order's reservation or is cut by a shortage.
 *
 * @param clientId the API client that placed it, the only one (with ops) that sees and changes it
 * @param orderId  the order that converted it; null otherwise
 * @param lines    one per SKU, in the order the checkout asked for them
 */
public record CheckoutHold(
        UUID id,
        String clientId,
        HoldStatus status,
        Instant expiresAt,
        UUID orderId,
        Instant createdAt,
        List<HoldLine> lines) {

    public CheckoutHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
    }

    /** ACTIVE and not yet past its expiry: its units may be released by its client or taken over by an order. */
    public boolean isLiveAt(Instant now) {
        return status == HoldStatus.ACTIVE && expiresAt.isAfter(now);
    }

    /** The stock rows it reserves at, in lock order. */
    public SortedSet<StockKey> stockKeys() {
        return lines.stream().map(HoldLine::key).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What it reserves at {@code key}; 0 for a row it has no line at. */
    public int quantityAt(StockKey key) {
        return lines.stream().filter(line -> line.key().equals(key)).mapToInt(HoldLine::quantity).sum();
    }

    public int totalQuantity() {
        return lines.stream().mapToInt(HoldLine::quantity).sum();
    }
}
