package io.opendoms.order.adapter.persistence;

import io.opendoms.order.domain.DeliveryMethod;
import io.opendoms.order.domain.HoldReason;
import io.opendoms.order.domain.OrderStatus;
import io.opendoms.order.domain.ServiceLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "orders")
public class OrderJpaEntity {

    @Id
    private UUID id;
    private String externalId;
    private String channel;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    @Embedded
    private CustomerJpaEmbeddable customer;
    @Embedded
    private AddressJpaEmbeddable shippingAddress;
    @Enumerated(EnumType.STRING)
    private DeliveryMethod deliveryMethod;
    private String pickupLocationId;
    @Enumerated(EnumType.STRING)
    private ServiceLevel serviceLevel;
    private String currency;
    private UUID reservationId;
    private BigDecimal totalAmount;
    private BigDecimal refundedAmount;
    private Instant createdAt;
    private Instant updatedAt;
    /** Optimistic lock of the whole aggregate: every change of a line or fulfillment also touches the order. */
    @Version
    private Long version;
    @Convert(converter = HoldReasonsJpaConverter.class)
    private List<HoldReason> holdReasons = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<OrderLineJpaEntity> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<FulfillmentJpaEntity> fulfillments = new ArrayList<>();

    public List<HoldReason> getHoldReasons() { return holdReasons; }
    public void setHoldReasons(List<HoldReason> holdReasons) { this.holdReasons = holdReasons; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }
    public CustomerJpaEmbeddable getCustomer() { return customer; }
    public void setCustomer(CustomerJpaEmbeddable customer) { this.customer = customer; }
    public AddressJpaEmbeddable getShippingAddress() { return shippingAddress; }
    public void setShippingAddress(AddressJpaEmbeddable shippingAddress) { this.shippingAddress = shippingAddress; }
    public DeliveryMethod getDeliveryMethod() { return deliveryMethod; }
    public void setDeliveryMethod(DeliveryMethod deliveryMethod) { this.deliveryMethod = deliveryMethod; }
    public String getPickupLocationId() { return pickupLocationId; }
    public void setPickupLocationId(String pickupLocationId) { this.pickupLocationId = pickupLocationId; }
    public ServiceLevel getServiceLevel() { return serviceLevel; }
    public void setServiceLevel(ServiceLevel serviceLevel) { this.serviceLevel = serviceLevel; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public UUID getReservationId() { return reservationId; }
    public void setReservationId(UUID reservationId) { this.reservationId = reservationId; }
    public BigDecimal getTotalAmount() { return totalAmount; }
    public void setTotalAmount(BigDecimal totalAmount) { this.totalAmount = totalAmount; }
    public BigDecimal getRefundedAmount() { return refundedAmount; }
    public void setRefundedAmount(BigDecimal refundedAmount) { this.refundedAmount = refundedAmount; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public List<OrderLineJpaEntity> getLines() { return lines; }
    public List<FulfillmentJpaEntity> getFulfillments() { return fulfillments; }
}
