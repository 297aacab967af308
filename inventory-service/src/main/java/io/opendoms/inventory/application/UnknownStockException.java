package io.opendoms.inventory.application;

import java.util.List;

/** Lines of a request that name a location or SKU that does not exist. */
public class UnknownStockException extends RuntimeException {

    private final List<UnknownTarget> targets;

    public UnknownStockException(List<UnknownTarget> targets) {
        super("Unknown locations or SKUs: " + targets);
        this.targets = List.copyOf(targets);
    }

    public List<UnknownTarget> targets() {
        return targets;
    }

    /** Line {@code index} (0-based) names an unknown location, an unknown SKU, or both. */
    public record UnknownTarget(int index, String locationId, String sku, boolean locationUnknown,
                                boolean skuUnknown) {
    }
}
