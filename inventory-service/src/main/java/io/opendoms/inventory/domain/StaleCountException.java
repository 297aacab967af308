package io.opendoms.inventory.domain;

import java.time.Instant;

/** A count taken before the count already applied to the stock: the newer count is the truth. */
public class StaleCountException extends StockRuleViolation {

    private final Instant countedAt;
    private final Instant appliedCountedAt;

    public StaleCountException(StockKey key, Instant countedAt, Instant appliedCountedAt) {
        super(key, "a count as of %s is older than the count as of %s already applied".formatted(countedAt,
                appliedCountedAt));
        this.countedAt = countedAt;
        this.appliedCountedAt = appliedCountedAt;
    }

    public Instant countedAt() {
        return countedAt;
    }

    public Instant appliedCountedAt() {
        return appliedCountedAt;
    }
}
