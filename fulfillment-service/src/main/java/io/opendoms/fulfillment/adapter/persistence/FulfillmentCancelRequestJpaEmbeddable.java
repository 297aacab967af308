package io.opendoms.fulfillment.adapter.persistence;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

@Embeddable
public class FulfillmentCancelRequestJpaEmbeddable {

    private UUID cancellationId;
    private String lineId;
    private String sku;
    private int quantity;
    private Instant requestedAt;

    public UUID getCancellationId() {
        return cancellationId;
    }

    public void setCancellationId(UUID cancellationId) {
        this.cancellationId = cancellationId;
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

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
    }
}
