package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.TimelineEventType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Append-only, and not part of the aggregate: loading an order never loads its whole history. */
@Entity
@Table(name = "order_timeline")
public class TimelineEntryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID orderId;
    @Column(name = "occurred_at")
    private Instant at;
    @Enumerated(EnumType.STRING)
    private TimelineEventType type;
    private String detail;

    public Long getId() { return id; }
    public UUID getOrderId() { return orderId; }
    public void setOrderId(UUID orderId) { this.orderId = orderId; }
    public Instant getAt() { return at; }
    public void setAt(Instant at) { this.at = at; }
    public TimelineEventType getType() { return type; }
    public void setType(TimelineEventType type) { this.type = type; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
