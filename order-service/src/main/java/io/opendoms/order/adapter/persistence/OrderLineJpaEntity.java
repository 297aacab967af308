package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.LineStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "order_lines")
@IdClass(OrderLineJpaEntity.Key.class)
public class OrderLineJpaEntity {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private OrderJpaEntity order;
    @Id
    private String lineId;
    private int position;
    private String sku;
    private int quantity;
    private BigDecimal unitPrice;
    @Enumerated(EnumType.STRING)
    private LineStatus status;
    private int allocatedQuantity;
    private int backorderedQuantity;
    private int shippedQuantity;
    private int deliveredQuantity;
    private int cancelledQuantity;
    private int returnedQuantity;

    public OrderJpaEntity getOrder() { return order; }
    public void setOrder(OrderJpaEntity order) { this.order = order; }
    public String getLineId() { return lineId; }
    public void setLineId(String lineId) { this.lineId = lineId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getSku() { return sku; }
    public void setSku(String sku) { this.sku = sku; }
    public int getQuantity() { return quantity; }
    public void setQuantity(int quantity) { this.quantity = quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public LineStatus getStatus() { return status; }
    public void setStatus(LineStatus status) { this.status = status; }
    public int getAllocatedQuantity() { return allocatedQuantity; }
    public void setAllocatedQuantity(int allocatedQuantity) { this.allocatedQuantity = allocatedQuantity; }
    public int getBackorderedQuantity() { return backorderedQuantity; }
    public void setBackorderedQuantity(int backorderedQuantity) { this.backorderedQuantity = backorderedQuantity; }
    public int getShippedQuantity() { return shippedQuantity; }
    public void setShippedQuantity(int shippedQuantity) { this.shippedQuantity = shippedQuantity; }
    public int getDeliveredQuantity() { return deliveredQuantity; }
    public void setDeliveredQuantity(int deliveredQuantity) { this.deliveredQuantity = deliveredQuantity; }
    public int getCancelledQuantity() { return cancelledQuantity; }
    public void setCancelledQuantity(int cancelledQuantity) { this.cancelledQuantity = cancelledQuantity; }
    public int getReturnedQuantity() { return returnedQuantity; }
    public void setReturnedQuantity(int returnedQuantity) { this.returnedQuantity = returnedQuantity; }

    /** Primary key: the order and the line id. */
    public static class Key implements Serializable {

        private UUID order;
        private String lineId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(order, k.order) && Objects.equals(lineId, k.lineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(order, lineId);
        }
    }
}
