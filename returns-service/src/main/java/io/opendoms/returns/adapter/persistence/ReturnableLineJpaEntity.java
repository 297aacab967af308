package io.opendoms.returns.adapter.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * Read only: lines are written by the upserts of {@link ReturnableLineJpaRepository}, each setting the columns of
 * one event; saving the entity would write every column and could undo a concurrent writer's.
 */
@Entity
@Immutable
@Table(name = "returnable_line")
@IdClass(ReturnableLineJpaEntity.Key.class)
public class ReturnableLineJpaEntity {

    @Id
    @Column(name = "order_id")
    private UUID orderId;
    @Id
    @Column(name = "line_id")
    private String lineId;
    private String sku;
    private BigDecimal unitPrice;
    private String currency;
    private Integer orderedQty;
    private int deliveredQty;
    private Instant deliveredAt;
    private String channel;
    @ElementCollection
    @CollectionTable(name = "returnable_line_delivery", joinColumns = {
            @JoinColumn(name = "order_id", referencedColumnName = "order_id"),
            @JoinColumn(name = "line_id", referencedColumnName = "line_id")})
    private List<ReturnableLineDeliveryJpaEmbeddable> deliveries = new ArrayList<>();

    public record Key(UUID orderId, String lineId) implements Serializable {
    }

    public UUID getOrderId() {
        return orderId;
    }

    public void setOrderId(UUID orderId) {
        this.orderId = orderId;
    }

    public String getLineId() {
        return lineId;
    }

    public void setLineId(String lineId) {
        this.lineId = lineId;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getOrderedQty() {
        return orderedQty;
    }

    public void setOrderedQty(Integer orderedQty) {
        this.orderedQty = orderedQty;
    }

    public int getDeliveredQty() {
        return deliveredQty;
    }

    public void setDeliveredQty(int deliveredQty) {
        this.deliveredQty = deliveredQty;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Instant deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public List<ReturnableLineDeliveryJpaEmbeddable> getDeliveries() {
        return deliveries;
    }

    public void setDeliveries(List<ReturnableLineDeliveryJpaEmbeddable> deliveries) {
        this.deliveries = deliveries;
    }
}
