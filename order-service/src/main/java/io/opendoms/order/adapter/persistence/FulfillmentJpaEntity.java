package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.FulfillmentStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "order_fulfillments")
public class FulfillmentJpaEntity {

    @Id
    private UUID fulfillmentId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private OrderJpaEntity order;
    private int position;
    private String locationId;
    @Enumerated(EnumType.STRING)
    private FulfillmentStatus status;
    private String carrier;
    private String service;
    private String trackingNumber;
    private LocalDate promisedDeliveryDate;

    @ElementCollection
    @CollectionTable(name = "order_fulfillment_lines", joinColumns = @JoinColumn(name = "fulfillment_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<FulfillmentLineJpaEmbeddable> lines = new ArrayList<>();

    public UUID getFulfillmentId() { return fulfillmentId; }
    public void setFulfillmentId(UUID fulfillmentId) { this.fulfillmentId = fulfillmentId; }
    public OrderJpaEntity getOrder() { return order; }
    public void setOrder(OrderJpaEntity order) { this.order = order; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getLocationId() { return locationId; }
    public void setLocationId(String locationId) { this.locationId = locationId; }
    public FulfillmentStatus getStatus() { return status; }
    public void setStatus(FulfillmentStatus status) { this.status = status; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getService() { return service; }
    public void setService(String service) { this.service = service; }
    public String getTrackingNumber() { return trackingNumber; }
    public void setTrackingNumber(String trackingNumber) { this.trackingNumber = trackingNumber; }
    public LocalDate getPromisedDeliveryDate() { return promisedDeliveryDate; }
    public void setPromisedDeliveryDate(LocalDate date) { this.promisedDeliveryDate = date; }
    public List<FulfillmentLineJpaEmbeddable> getLines() { return lines; }
}
