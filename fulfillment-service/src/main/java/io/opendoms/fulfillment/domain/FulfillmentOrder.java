package io.opendoms.fulfillment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one location must do for one shipment of an order, and how far it got. Every reported fact is kept
 * as a {@link StatusChange}; the status only moves forward, so duplicates and stragglers are harmless.
 */
public class FulfillmentOrder {

    private final UUID id;
    private final UUID orderId;
    private final String shipmentId;
    private final String locationId;
    private final FulfillmentType type;
    private final List<FulfillmentLine> lines;
    private String carrier;
    private String service;
    private String trackingNumber;
    private final LocalDate promisedDeliveryDate;
    private FulfillmentStatus status;
    private Instant statusOccurredAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private final List<StatusChange> newChanges = new ArrayList<>();

    /** Rebuilds a stored fulfillment order; new ones come from {@link #release}. */
    public FulfillmentOrder(UUID id, UUID orderId, String shipmentId, String locationId, FulfillmentType type,
                            List<FulfillmentLine> lines, String carrier, String service, String trackingNumber,
                            LocalDate promisedDeliveryDate, FulfillmentStatus status, Instant statusOccurredAt,
                            Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.shipmentId = Objects.requireNonNull(shipmentId, "shipmentId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.type = Objects.requireNonNull(type, "type");
        this.lines = List.copyOf(lines);
        this.carrier = carrier;
        this.service = service;
        this.trackingNumber = trackingNumber;
        this.promisedDeliveryDate = promisedDeliveryDate;
        this.status = Objects.requireNonNull(status, "status");
        this.statusOccurredAt = Objects.requireNonNull(statusOccurredAt, "statusOccurredAt");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static FulfillmentOrder release(UUID id, UUID orderId, String shipmentId, String locationId,
                                           FulfillmentType type, List<FulfillmentLine> lines, String carrier,
                                           String service, LocalDate promisedDeliveryDate, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A fulfillment order needs at least one line");
        }
        FulfillmentOrder fo = new FulfillmentOrder(id, orderId, shipmentId, locationId, type, lines, carrier,
                service, null, promisedDeliveryDate, FulfillmentStatus.RELEASED, now, now, now);
        fo.newChanges.add(new StatusChange("SYSTEM", "RELEASED", null, FulfillmentStatus.RELEASED, true, now, now,
                null));
        return fo;
    }

    /**
     * Records a warehouse report. A shipment keeps the planned carrier and service unless the report names
     * others. Throws for reports this service cannot act on yet ({@link WmsEventType#target()} empty).
     */
    public StatusChange recordWmsEvent(WmsEventType event, Instant occurredAt, String reportedCarrier,
                                       String reportedService, String reportedTrackingNumber, Instant now) {
        FulfillmentStatus next = event.target()
                .orElseThrow(() -> new IllegalArgumentException(event + " is not supported"));
        if (next == FulfillmentStatus.SHIPPED && isBlank(reportedTrackingNumber)) {
            throw new IllegalArgumentException("A shipment needs a tracking number");
        }
        StatusChange change = record("WMS", event.name(), next, occurredAt, null, now);
        if (change.applied() && next == FulfillmentStatus.SHIPPED) {
            carrier = isBlank(reportedCarrier) ? carrier : reportedCarrier;
            service = isBlank(reportedService) ? service : reportedService;
            trackingNumber = reportedTrackingNumber;
        }
        return change;
    }

    /** Records a carrier's tracking update of this fulfillment order's shipment. */
    public StatusChange recordCarrierEvent(CarrierStatus carrierStatus, Instant occurredAt, String detail,
                                           Instant now) {
        return record("CARRIER", carrierStatus.name(), carrierStatus.target(), occurredAt, detail, now);
    }

    /**
     * Whether a fact about {@code next} that happened at {@code occurredAt} moves this fulfillment order on.
     * Forward only, with one side track: a delivery exception is left for a later tracking scan (the carrier
     * resumed) or for the delivery, which always wins; a report older than the current status cannot raise
     * an exception, nor clear one.
     */
    public boolean canMoveTo(FulfillmentStatus next, Instant occurredAt) {
        if (status.isTerminal() || next == status) {
            return false;
        }
        if (next == FulfillmentStatus.DELIVERY_EXCEPTION) {
            return status.stage() >= FulfillmentStatus.SHIPPED.stage() && !occurredAt.isBefore(statusOccurredAt);
        }
        if (status == FulfillmentStatus.DELIVERY_EXCEPTION) {
            return next == FulfillmentStatus.DELIVERED
                    || (next.stage() >= FulfillmentStatus.IN_TRANSIT.stage() && occurredAt.isAfter(statusOccurredAt));
        }
        return next.stage() > status.stage();
    }

    private StatusChange record(String source, String event, FulfillmentStatus next, Instant occurredAt,
                                String detail, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        FulfillmentStatus from = status;
        boolean applied = canMoveTo(next, occurredAt);
        if (applied) {
            status = next;
            statusOccurredAt = occurredAt;
        }
        updatedAt = now;
        StatusChange change = new StatusChange(source, event, from, status, applied, occurredAt, now, detail);
        newChanges.add(change);
        return change;
    }

    /** The history entries recorded since this object was loaded or created, for the store to append. */
    public List<StatusChange> pullNewChanges() {
        List<StatusChange> pulled = List.copyOf(newChanges);
        newChanges.clear();
        return pulled;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public String getShipmentId() {
        return shipmentId;
    }

    public String getLocationId() {
        return locationId;
    }

    public FulfillmentType getType() {
        return type;
    }

    public List<FulfillmentLine> getLines() {
        return lines;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getService() {
        return service;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDate getPromisedDeliveryDate() {
        return promisedDeliveryDate;
    }

    public FulfillmentStatus getStatus() {
        return status;
    }

    public Instant getStatusOccurredAt() {
        return statusOccurredAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
