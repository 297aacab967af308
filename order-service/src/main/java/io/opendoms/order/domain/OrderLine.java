package io.opendoms.order.domain;

import java.math.BigDecimal;

/** A line of an order: what was ordered, and how many of its units have reached each state. */
public class OrderLine {

    private final String lineId;
    private final String sku;
    private final int quantity;
    private final BigDecimal unitPrice;
    private LineStatus status;
    private int allocatedQuantity;
    private int backorderedQuantity;
    private int shippedQuantity;
    private int deliveredQuantity;
    private int cancelledQuantity;
    private int returnedQuantity;

    public OrderLine(String lineId, String sku, int quantity, BigDecimal unitPrice, LineStatus status,
                     int allocatedQuantity, int backorderedQuantity, int shippedQuantity, int deliveredQuantity,
                     int cancelledQuantity, int returnedQuantity) {
        this.lineId = lineId;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.status = status;
        this.allocatedQuantity = allocatedQuantity;
        this.backorderedQuantity = backorderedQuantity;
        this.shippedQuantity = shippedQuantity;
        this.deliveredQuantity = deliveredQuantity;
        this.cancelledQuantity = cancelledQuantity;
        this.returnedQuantity = returnedQuantity;
    }

    static OrderLine open(NewOrder.NewLine line) {
        return new OrderLine(line.lineId(), line.sku(), line.quantity(), line.unitPrice(), LineStatus.OPEN,
                0, 0, 0, 0, 0, 0);
    }

    BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }

    /** Units still to fulfil: ordered minus cancelled. */
    int openQuantity() {
        return quantity - cancelledQuantity;
    }

    /**
     * Units that may still be cancelled: open units that have not shipped and are not in a fulfillment being
     * picked ({@code picking}).
     */
    int cancellable(int picking) {
        return Math.max(0, openQuantity() - shippedQuantity - picking);
    }

    void returned(int units) {
        returnedQuantity += units;
    }

    void cancel(int units) {
        cancelledQuantity += units;
    }

    /** Cancelled units that fulfillment could not cancel after all (being picked or shipped). */
    void uncancel(int units) {
        cancelledQuantity = Math.max(0, cancelledQuantity - units);
    }

    void backorder(int units) {
        backorderedQuantity = units;
    }

    /**
     * Takes the unit counts that the fulfillments add up to. Backordered units shrink as units get
     * allocated, since a re-route may allocate them before its settlement event arrives.
     */
    StatusRollUp.Quantities rollUp(int allocated, int shipped, int delivered) {
        int open = openQuantity();
        allocatedQuantity = Math.min(open, allocated);
        shippedQuantity = Math.min(open, shipped);
        deliveredQuantity = Math.min(open, delivered);
        backorderedQuantity = Math.max(0, Math.min(backorderedQuantity, open - allocatedQuantity));
        StatusRollUp.Quantities q = quantities();
        status = StatusRollUp.line(q);
        return q;
    }

    StatusRollUp.Quantities quantities() {
        return new StatusRollUp.Quantities(openQuantity(), allocatedQuantity, backorderedQuantity, shippedQuantity,
                deliveredQuantity);
    }

    public String getLineId() {
        return lineId;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public LineStatus getStatus() {
        return status;
    }

    public int getAllocatedQuantity() {
        return allocatedQuantity;
    }

    public int getBackorderedQuantity() {
        return backorderedQuantity;
    }

    public int getShippedQuantity() {
        return shippedQuantity;
    }

    public int getDeliveredQuantity() {
        return deliveredQuantity;
    }

    public int getCancelledQuantity() {
        return cancelledQuantity;
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }
}
