package io.opendoms.inventory.domain;

/** A stock change that the rules forbid, such as on hand going negative. */
public class StockRuleViolation extends RuntimeException {

    private final StockKey key;

    public StockRuleViolation(StockKey key, String message) {
        super(key.locationId() + "/" + key.sku() + ": " + message);
        this.key = key;
    }

    public StockKey key() {
        return key;
    }
}
