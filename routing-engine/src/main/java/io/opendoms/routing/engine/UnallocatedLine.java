package io.opendoms.routing.engine;

public record UnallocatedLine(String lineId, String sku, int quantity, UnallocationReason reason) {

    public static UnallocatedLine of(OrderLine line, UnallocationReason reason) {
        return new UnallocatedLine(line.lineId(), line.sku(), line.quantity(), reason);
    }
}
