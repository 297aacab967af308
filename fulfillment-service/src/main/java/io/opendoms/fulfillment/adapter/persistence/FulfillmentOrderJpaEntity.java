package io.opendoms.fulfillment.adapter.persistence;

import io.opendoms.fulfillment.domain.FulfillmentStatus;
import io.opendoms.fulfillment.domain.FulfillmentType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "fulfillment_order")
public class FulfillmentOrderJpaEntity {

    @Id
    private UUID id;
    private UUID orderId;
    private UUID decisionId;
    private String shipmentId;
    private String locationId;
    @Enumerated(EnumType.STRING)
    private FulfillmentType type;
    @Enumerated(EnumType.STRING)
    private FulfillmentStatus status;
    private Instant statusOccurredAt;
    private String carrier;
    private String service;
    private String trackingNumber;
    private LocalDate shipDate;
    private LocalDate promisedDeliveryDate;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;
    @ElementCollection
    @CollectionTable(name = "fulfillment_order_line", joinColumns = @JoinColumn(name = "fulfillment_id"))
    @OrderColumn(name = "position")
    private List<FulfillmentOrderLineJpaEmbeddable> lines = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "fulfillment_cancel_request", joinColumns = @JoinColumn(name = "fulfillment_id"))
    @OrderColumn(name = "position")
    private List<FulfillmentCancelRequestJpaEmbeddable> cancelRequests = new ArrayList<>();

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public void setOrderId(UUID orderId) {
        this.orderId = orderId;
    }

    public UUID getDecisionId() {
        return decisionId;
    }

    public void setDecisionId(UUID decisionId) {
        this.decisionId = decisionId;
    }

    public String getShipmentId() {
        return shipmentId;
    }

    public void setShipmentId(String shipmentId) {
        this.shipmentId = shipmentId;
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public FulfillmentType getType() {
        return type;
    }

    public void setType(FulfillmentType type) {
        this.type = type;
    }

    public FulfillmentStatus getStatus() {
        return status;
    }

    public void setStatus(FulfillmentStatus status) {
        this.status = status;
    }

    public Instant getStatusOccurredAt() {
        return statusOccurredAt;
    }

    public void setStatusOccurredAt(Instant statusOccurredAt) {
        this.statusOccurredAt = statusOccurredAt;
    }

    public String getCarrier() {
        return carrier;
    }

    public void setCarrier(String carrier) {
        this.carrier = carrier;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public LocalDate getShipDate() {
        return shipDate;
    }

    public void setShipDate(LocalDate shipDate) {
        this.shipDate = shipDate;
    }

    public LocalDate getPromisedDeliveryDate() {
        return promisedDeliveryDate;
    }

    public void setPromisedDeliveryDate(LocalDate promisedDeliveryDate) {
        this.promisedDeliveryDate = promisedDeliveryDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<FulfillmentOrderLineJpaEmbeddable> getLines() {
        return lines;
    }

    public void setLines(List<FulfillmentOrderLineJpaEmbeddable> lines) {
        this.lines = lines;
    }

    public List<FulfillmentCancelRequestJpaEmbeddable> getCancelRequests() {
        return cancelRequests;
    }

    public void setCancelRequests(List<FulfillmentCancelRequestJpaEmbeddable> cancelRequests) {
        this.cancelRequests = cancelRequests;
    }
}
