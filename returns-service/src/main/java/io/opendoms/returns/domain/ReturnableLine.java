package io.opendoms.returns.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What returns needs to know of an order line: what was bought, at what price, and how much of it reached the
 * customer when. Fed by two topics that are not ordered with respect to each other, so a delivery may be known
 * before the order is ({@link #isOrderKnown()} false until then).
 */
public class ReturnableLine {

    private final UUID orderId;
    private final String lineId;
    private String sku;
    private BigDecimal unitPrice;
    private String currency;
    private Integer orderedQuantity;
    private String channel;
    private final List<LineDelivery> deliveries;

    public ReturnableLine(UUID orderId, String lineId, String sku, BigDecimal unitPrice, String currency,
                          Integer orderedQuantity, String channel, List<LineDelivery> deliveries) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.lineId = Objects.requireNonNull(lineId, "lineId");
        this.sku = Objects.requireNonNull(sku, "sku");
        this.unitPrice = unitPrice;
        this.currency = currency;
        this.orderedQuantity = orderedQuantity;
        this.channel = channel;
        this.deliveries = new ArrayList<>(deliveries);
    }

    /** A line nothing is known of yet but its identity. */
    public static ReturnableLine unknown(UUID orderId, String lineId, String sku) {
        return new ReturnableLine(orderId, lineId, sku, null, null, null, null, List.of());
    }

    /** Records the line as ordered; the order's facts replace anything a delivery suggested. */
    public void recordOrdered(String orderedSku, int quantity, BigDecimal price, String orderCurrency,
                              String orderChannel) {
        this.sku = Objects.requireNonNull(orderedSku, "sku");
        this.orderedQuantity = quantity;
        this.unitPrice = price;
        this.currency = orderCurrency;
        this.channel = orderChannel;
    }

    /**
     * Records units delivered by one fulfillment order; a fulfillment order delivers once, so a second report
     * of it changes nothing. Returns whether it was new.
     */
    public boolean recordDelivered(UUID fulfillmentId, int quantity, Instant deliveredAt) {
        LineDelivery delivery = new LineDelivery(fulfillmentId, quantity, deliveredAt);
        if (deliveries.stream().anyMatch(d -> d.fulfillmentId().equals(fulfillmentId))) {
            return false;
        }
        deliveries.add(delivery);
        return true;
    }

    public boolean isOrderKnown() {
        return orderedQuantity != null;
    }

    public int getDeliveredQuantity() {
        return deliveries.stream().mapToInt(LineDelivery::quantity).sum();
    }

    /** When the last units arrived; {@code null} while nothing is delivered. */
    public Instant getDeliveredAt() {
        return deliveries.stream().map(LineDelivery::deliveredAt).max(Comparator.naturalOrder()).orElse(null);
    }

    public UUID getOrderId() {
        return orderId;
    }

    public String getLineId() {
        return lineId;
    }

    public String getSku() {
        return sku;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getOrderedQuantity() {
        return orderedQuantity;
    }

    public String getChannel() {
        return channel;
    }

    public List<LineDelivery> getDeliveries() {
        return List.copyOf(deliveries);
    }
}
