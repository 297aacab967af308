package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.domain.FulfillmentStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "fulfillment_status_history")
public class FulfillmentStatusHistoryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private UUID fulfillmentId;
    private String source;
    private String event;
    @Enumerated(EnumType.STRING)
    private FulfillmentStatus fromStatus;
    @Enumerated(EnumType.STRING)
    private FulfillmentStatus toStatus;
    private boolean applied;
    private Instant occurredAt;
    private Instant recordedAt;
    private String detail;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UUID getFulfillmentId() {
        return fulfillmentId;
    }

    public void setFulfillmentId(UUID fulfillmentId) {
        this.fulfillmentId = fulfillmentId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public FulfillmentStatus getFromStatus() {
        return fromStatus;
    }

    public void setFromStatus(FulfillmentStatus fromStatus) {
        this.fromStatus = fromStatus;
    }

    public FulfillmentStatus getToStatus() {
        return toStatus;
    }

    public void setToStatus(FulfillmentStatus toStatus) {
        this.toStatus = toStatus;
    }

    public boolean isApplied() {
        return applied;
    }

    public void setApplied(boolean applied) {
        this.applied = applied;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }
}
