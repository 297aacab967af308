package io.opendoms.routing.adapter.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "sourcing_request")
public class SourcingRequestJpaEntity {

    @Id
    private UUID orderId;
    private String channel;
    private String deliveryMethod;
    private String serviceLevel;
    private String pickupLocationId;
    @Column(name = "ship_to_postal_code")
    private String shipToPostalCode;
    @Column(name = "ship_to_country")
    private String shipToCountry;
    @Column(name = "ship_to_latitude")
    private Double shipToLatitude;
    @Column(name = "ship_to_longitude")
    private Double shipToLongitude;
    private Instant receivedAt;
    private Instant createdAt;
    private UUID reservationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sourcing_request_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_index")
    private List<Line> lines = new ArrayList<>();

    public UUID getReservationId() { return reservationId; }
    public void setReservationId(UUID reservationId) { this.reservationId = reservationId; }

    @Embeddable
    public static class Line {

        private String lineId;
        private String sku;
        private int quantity;

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
    }

    public UUID getOrderId() {
        return orderId;
    }

    public void setOrderId(UUID orderId) {
        this.orderId = orderId;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(String deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getServiceLevel() {
        return serviceLevel;
    }

    public void setServiceLevel(String serviceLevel) {
        this.serviceLevel = serviceLevel;
    }

    public String getPickupLocationId() {
        return pickupLocationId;
    }

    public void setPickupLocationId(String pickupLocationId) {
        this.pickupLocationId = pickupLocationId;
    }

    public String getShipToPostalCode() {
        return shipToPostalCode;
    }

    public void setShipToPostalCode(String shipToPostalCode) {
        this.shipToPostalCode = shipToPostalCode;
    }

    public String getShipToCountry() {
        return shipToCountry;
    }

    public void setShipToCountry(String shipToCountry) {
        this.shipToCountry = shipToCountry;
    }

    public Double getShipToLatitude() {
        return shipToLatitude;
    }

    public void setShipToLatitude(Double shipToLatitude) {
        this.shipToLatitude = shipToLatitude;
    }

    public Double getShipToLongitude() {
        return shipToLongitude;
    }

    public void setShipToLongitude(Double shipToLongitude) {
        this.shipToLongitude = shipToLongitude;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }
}
