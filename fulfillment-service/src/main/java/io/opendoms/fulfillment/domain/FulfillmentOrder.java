package io.opendoms.fulfillment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What one location must do for one shipment of an order, and how far it got. Every reported fact is kept
 * as a {@link StatusChange}; the status only moves forward, so duplicates and stragglers are harmless.
 *
 * <p>{@code lines} are the units this location still fulfils: a short pick or a shortage takes units off them.
 * A rejected or cancelled fulfillment order keeps the lines it held when it was closed, as a record of what went
 * back to routing; its status says that it fulfils none of them.
 */
public class FulfillmentOrder {

    private final UUID id;
    private final UUID orderId;
    private final UUID decisionId;
    private final String shipmentId;
    private final String locationId;
    private final FulfillmentType type;
    private List<FulfillmentLine> lines;
    private String carrier;
    private String service;
    private String trackingNumber;
    private final LocalDate shipDate;
    private final LocalDate promisedDeliveryDate;
    private FulfillmentStatus status;
    private Instant statusOccurredAt;
    private final Instant createdAt;
    private Instant updatedAt;
    private List<CancelRequest> cancelRequests;
    private final List<StatusChange> newChanges = new ArrayList<>();

    /** Rebuilds a stored fulfillment order; new ones come from {@link #release}. */
    public FulfillmentOrder(UUID id, UUID orderId, UUID decisionId, String shipmentId, String locationId,
                            FulfillmentType type,
                            List<FulfillmentLine> lines, String carrier, String service, String trackingNumber,
                            LocalDate shipDate, LocalDate promisedDeliveryDate, FulfillmentStatus status,
                            Instant statusOccurredAt,
                            Instant createdAt, Instant updatedAt, List<CancelRequest> cancelRequests) {
        this.id = Objects.requireNonNull(id, "id");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.decisionId = decisionId;
        this.shipmentId = Objects.requireNonNull(shipmentId, "shipmentId");
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        this.type = Objects.requireNonNull(type, "type");
        this.lines = List.copyOf(lines);
        this.carrier = carrier;
        this.service = service;
        this.trackingNumber = trackingNumber;
        this.shipDate = shipDate;
        this.promisedDeliveryDate = promisedDeliveryDate;
        this.status = Objects.requireNonNull(status, "status");
        this.statusOccurredAt = Objects.requireNonNull(statusOccurredAt, "statusOccurredAt");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.cancelRequests = cancelRequests == null ? List.of() : List.copyOf(cancelRequests);
    }

    /**
     * {@code decisionId}: the routing decision that planned it ({@code null} when unknown); {@code shipDate}: the day
     * routing planned it to leave the location (handed over, for a pickup), {@code null} when the plan had none.
     */
    public static FulfillmentOrder release(UUID id, UUID orderId, UUID decisionId, String shipmentId,
                                           String locationId, FulfillmentType type, List<FulfillmentLine> lines,
                                           String carrier, String service, LocalDate shipDate,
                                           LocalDate promisedDeliveryDate, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A fulfillment order needs at least one line");
        }
        FulfillmentOrder fo = new FulfillmentOrder(id, orderId, decisionId, shipmentId, locationId, type, lines,
                carrier, service, null, shipDate, promisedDeliveryDate, FulfillmentStatus.RELEASED, now, now, now,
                List.of());
        fo.newChanges.add(new StatusChange("SYSTEM", "RELEASED", null, FulfillmentStatus.RELEASED, true, now, now,
                null));
        return fo;
    }

    /**
     * Records a warehouse report of progress (PICKED, PACKED, SHIPPED). A shipment keeps the planned carrier and
     * service unless the report names others. SHORT_PICKED and REJECTED take units off: {@link #shortPicked},
     * {@link #reject}. Throws {@link IllegalTransitionException} once the fulfillment order is closed.
     */
    public StatusChange recordWmsEvent(WmsEventType event, Instant occurredAt, String reportedCarrier,
                                       String reportedService, String reportedTrackingNumber, Instant now) {
        FulfillmentStatus next = switch (event) {
            case PICKED -> FulfillmentStatus.PICKING;
            case PACKED -> FulfillmentStatus.PACKED;
            case SHIPPED -> FulfillmentStatus.SHIPPED;
            case SHORT_PICKED, REJECTED -> throw new IllegalArgumentException(
                    event + " takes units off: use shortPicked or reject");
            case CANCEL_CONFIRMED, CANCEL_REFUSED -> throw new IllegalArgumentException(
                    event + " answers cancel requests: use answerCancel");
        };
        if (next == FulfillmentStatus.SHIPPED && isBlank(reportedTrackingNumber)) {
            throw new IllegalArgumentException("A shipment needs a tracking number");
        }
        requireOpen(event.name());
        StatusChange change = record("WMS", event.name(), next, occurredAt, null, now);
        if (change.applied() && next == FulfillmentStatus.SHIPPED) {
            carrier = isBlank(reportedCarrier) ? carrier : reportedCarrier;
            service = isBlank(reportedService) ? service : reportedService;
            trackingNumber = reportedTrackingNumber;
        }
        return change;
    }

    /**
     * The location refuses the whole fulfillment order ({@code source} WMS, or STORE for the store's own action):
     * every unit goes back to routing. Possible until it ships; a conflict afterwards and once closed.
     */
    public Transition reject(String source, Instant occurredAt, String detail, Instant now) {
        requireNotShipped("REJECTED");
        return closeAs(FulfillmentStatus.REJECTED, source, "REJECTED", UnfilledReason.REJECTED, occurredAt, detail,
                now);
    }

    /**
     * The location picked only {@code picked} (line id to quantity; a line it does not name: none of it). It keeps
     * those units and is picking; the rest goes back to routing. Everything picked is a plain pick, nothing picked is
     * a rejection. Possible while released or picking (a conflict once packed, shipped or closed); a line it does
     * not have, or more than was asked of one, is an {@link InvalidPickException} and changes nothing.
     */
    public Transition shortPicked(List<PickedLine> picked, Instant occurredAt, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireOpen("SHORT_PICKED");
        if (status.stage() >= FulfillmentStatus.PACKED.stage()) {
            throw new IllegalTransitionException(status, "SHORT_PICKED");
        }
        Map<String, Integer> pickedByLine = new LinkedHashMap<>();
        for (int i = 0; i < picked.size(); i++) {
            PickedLine line = picked.get(i);
            FulfillmentLine ordered = line(line.lineId());
            if (ordered == null) {
                throw new InvalidPickException("lines[" + i + "].lineId",
                        "Line " + line.lineId() + " is not on this fulfillment order");
            }
            if (pickedByLine.putIfAbsent(line.lineId(), line.quantity()) != null) {
                throw new InvalidPickException("lines[" + i + "].lineId", "Line " + line.lineId() + " is named twice");
            }
            if (line.quantity() < 0 || line.quantity() > ordered.quantity()) {
                throw new InvalidPickException("lines[" + i + "].quantity", "Line " + line.lineId() + " asked for "
                        + ordered.quantity() + ", not " + line.quantity());
            }
        }
        List<FulfillmentLine> kept = new ArrayList<>();
        List<FulfillmentLine> unfilled = new ArrayList<>();
        for (FulfillmentLine line : lines) {
            int pickedQuantity = pickedByLine.getOrDefault(line.lineId(), 0);
            if (pickedQuantity > 0) {
                kept.add(new FulfillmentLine(line.lineId(), line.sku(), pickedQuantity));
            }
            if (pickedQuantity < line.quantity()) {
                unfilled.add(new FulfillmentLine(line.lineId(), line.sku(), line.quantity() - pickedQuantity));
            }
        }
        if (kept.isEmpty()) {
            return closeAs(FulfillmentStatus.REJECTED, "WMS", "SHORT_PICKED", UnfilledReason.REJECTED, occurredAt,
                    "short pick of nothing", now);
        }
        if (unfilled.isEmpty()) {
            return Transition.of(record("WMS", "SHORT_PICKED", FulfillmentStatus.PICKING, occurredAt,
                    "everything picked", now));
        }
        FulfillmentStatus from = status;
        lines = List.copyOf(kept);
        if (status == FulfillmentStatus.RELEASED) {
            status = FulfillmentStatus.PICKING;
            statusOccurredAt = occurredAt;
        }
        updatedAt = now;
        StatusChange change = new StatusChange("WMS", "SHORT_PICKED", from, status, true, occurredAt, now,
                describe(unfilled));
        newChanges.add(change);
        return new Transition(change, UnfilledReason.SHORT_PICKED, unfilled);
    }

    /**
     * Inventory released {@code released} units of this fulfillment order for a shortage (line id to quantity).
     * Taken off only while it is released and nobody picks yet: once picking started the units are on the picker's
     * cart, so the release is recorded in the history and nothing is taken off. Lines it does not have are skipped;
     * more than a line holds takes the whole line. With nothing left it is cancelled.
     */
    public Transition releaseShortage(List<PickedLine> released, Instant occurredAt, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (status != FulfillmentStatus.RELEASED) {
            StatusChange change = new StatusChange("INVENTORY", "SHORTAGE", status, status, false, occurredAt, now,
                    "not taken off: " + status);
            newChanges.add(change);
            updatedAt = now;
            return Transition.of(change);
        }
        Map<String, Integer> releasedByLine = new LinkedHashMap<>();
        released.forEach(line -> releasedByLine.merge(line.lineId(), line.quantity(), Integer::sum));
        List<FulfillmentLine> kept = new ArrayList<>();
        List<FulfillmentLine> unfilled = new ArrayList<>();
        for (FulfillmentLine line : lines) {
            int off = Math.min(line.quantity(), Math.max(0, releasedByLine.getOrDefault(line.lineId(), 0)));
            if (off > 0) {
                unfilled.add(new FulfillmentLine(line.lineId(), line.sku(), off));
            }
            if (line.quantity() - off > 0) {
                kept.add(new FulfillmentLine(line.lineId(), line.sku(), line.quantity() - off));
            }
        }
        if (unfilled.isEmpty()) {
            StatusChange change = new StatusChange("INVENTORY", "SHORTAGE", status, status, false, occurredAt, now,
                    "no such lines here");
            newChanges.add(change);
            updatedAt = now;
            return Transition.of(change);
        }
        if (kept.isEmpty()) {
            return closeAs(FulfillmentStatus.CANCELLED, "INVENTORY", "SHORTAGE", UnfilledReason.SHORTAGE, occurredAt,
                    describe(unfilled), now);
        }
        lines = List.copyOf(kept);
        updatedAt = now;
        StatusChange change = new StatusChange("INVENTORY", "SHORTAGE", status, status, true, occurredAt, now,
                describe(unfilled));
        newChanges.add(change);
        return new Transition(change, UnfilledReason.SHORTAGE, unfilled);
    }

    /**
     * The order cancelled {@code cancelled} units (line id to quantity) of this fulfillment order. Only while it is
     * released and nobody picks yet ({@link #isCancellable()}); afterwards an {@link IllegalTransitionException}:
     * the units are on a picker's cart, packed or gone. Lines it does not have are skipped; more than a line holds
     * takes the whole line. With nothing left it is cancelled. The units do not go back to routing (the transition's
     * reason is null).
     */
    public Transition cancel(List<PickedLine> cancelled, Instant occurredAt, String detail, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!isCancellable()) {
            throw new IllegalTransitionException(status, "CANCEL");
        }
        Map<String, Integer> cancelledByLine = new LinkedHashMap<>();
        cancelled.forEach(line -> cancelledByLine.merge(line.lineId(), line.quantity(), Integer::sum));
        List<FulfillmentLine> kept = new ArrayList<>();
        List<FulfillmentLine> off = new ArrayList<>();
        for (FulfillmentLine line : lines) {
            int quantity = Math.min(line.quantity(), Math.max(0, cancelledByLine.getOrDefault(line.lineId(), 0)));
            if (quantity > 0) {
                off.add(new FulfillmentLine(line.lineId(), line.sku(), quantity));
            }
            if (line.quantity() - quantity > 0) {
                kept.add(new FulfillmentLine(line.lineId(), line.sku(), line.quantity() - quantity));
            }
        }
        String text = truncate(detail == null ? describe(off) : detail + " (" + describe(off) + ")");
        if (off.isEmpty()) {
            StatusChange change = new StatusChange("ORDER", "CANCELLED", status, status, false, occurredAt, now,
                    "no such lines here");
            newChanges.add(change);
            updatedAt = now;
            return Transition.of(change);
        }
        if (kept.isEmpty()) {
            Transition closed = closeAs(FulfillmentStatus.CANCELLED, "ORDER", "CANCELLED", null, occurredAt, text,
                    now);
            return new Transition(closed.change(), null, off);
        }
        lines = List.copyOf(kept);
        updatedAt = now;
        StatusChange change = new StatusChange("ORDER", "CANCELLED", status, status, true, occurredAt, now, text);
        newChanges.add(change);
        return new Transition(change, null, off);
    }

    /**
     * Asks the location to cancel {@code units} (line id to quantity) of cancellation {@code cancellationId}: while it
     * is being picked, packed or waits at the counter ({@link #canBeAskedToCancel()}), the units stay on it until the
     * location answers ({@link #answerCancel}). At most the units of a line not asked about already; returns the
     * units asked about (none: nothing recorded). A conflict in any other status.
     */
    public List<FulfillmentLine> requestCancel(UUID cancellationId, List<PickedLine> units, Instant now) {
        if (!canBeAskedToCancel()) {
            throw new IllegalTransitionException(status, "CANCEL_REQUESTED");
        }
        List<FulfillmentLine> asked = new ArrayList<>();
        List<CancelRequest> requests = new ArrayList<>(cancelRequests);
        for (PickedLine unit : units) {
            FulfillmentLine line = line(unit.lineId());
            if (line == null) {
                continue;
            }
            int quantity = Math.min(Math.max(0, unit.quantity()), line.quantity() - requested(requests, line.lineId()));
            if (quantity > 0) {
                requests.add(new CancelRequest(cancellationId, line.lineId(), line.sku(), quantity, now));
                asked.add(new FulfillmentLine(line.lineId(), line.sku(), quantity));
            }
        }
        if (!asked.isEmpty()) {
            cancelRequests = List.copyOf(requests);
            updatedAt = now;
            newChanges.add(new StatusChange("ORDER", "CANCEL_REQUESTED", status, status, true, now, now,
                    truncate("asked " + locationId + ": " + describe(asked).substring("taken off: ".length()))));
        }
        return asked;
    }

    /** Whether a cancellation may ask the location (being picked, packed, or waiting at the counter). */
    public boolean canBeAskedToCancel() {
        return status == FulfillmentStatus.PICKING || status == FulfillmentStatus.PACKED
                || status == FulfillmentStatus.READY_FOR_PICKUP;
    }

    /** The units the location has been asked to cancel and has not answered about. */
    public List<CancelRequest> getCancelRequests() {
        return cancelRequests;
    }

    /**
     * The location's answer to the pending cancel requests ({@code source} WMS, or SYSTEM when the fulfillment order
     * moved on before any answer, e.g. it shipped). Confirmed: the units still on it come off (nothing left:
     * CANCELLED), what is no longer there is refused; refused: every requested unit stays. Either way nothing is
     * pending afterwards. A conflict without a pending request, or a confirmation once it is no longer askable.
     */
    public CancelAnswer answerCancel(boolean confirmed, String source, Instant occurredAt, String reason, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        String event = confirmed ? "CANCEL_CONFIRMED" : "CANCEL_REFUSED";
        if (cancelRequests.isEmpty()) {
            throw new IllegalTransitionException(status, event, "no cancel request is pending");
        }
        if (confirmed && !canBeAskedToCancel()) {
            throw new IllegalTransitionException(status, event);
        }
        Map<UUID, List<FulfillmentLine>> cancelled = new LinkedHashMap<>();
        Map<UUID, List<FulfillmentLine>> refused = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        lines.forEach(line -> left.put(line.lineId(), line.quantity()));
        for (CancelRequest request : cancelRequests) {
            int off = confirmed ? Math.min(request.quantity(), left.getOrDefault(request.lineId(), 0)) : 0;
            if (off > 0) {
                left.merge(request.lineId(), -off, Integer::sum);
                cancelled.computeIfAbsent(request.cancellationId(), id -> new ArrayList<>())
                        .add(new FulfillmentLine(request.lineId(), request.sku(), off));
            }
            if (request.quantity() > off) {
                refused.computeIfAbsent(request.cancellationId(), id -> new ArrayList<>())
                        .add(new FulfillmentLine(request.lineId(), request.sku(), request.quantity() - off));
            }
        }
        cancelRequests = List.of();
        String why = confirmed ? "no longer on it at " + locationId
                : "refused by " + locationId + (reason == null || reason.isBlank() ? "" : ": " + reason.strip());
        List<FulfillmentLine> kept = new ArrayList<>();
        for (FulfillmentLine line : lines) {
            if (left.get(line.lineId()) > 0) {
                kept.add(new FulfillmentLine(line.lineId(), line.sku(), left.get(line.lineId())));
            }
        }
        if (!cancelled.isEmpty() && kept.isEmpty()) {
            Transition closed = closeAs(FulfillmentStatus.CANCELLED, source, event, null, occurredAt,
                    truncate(reason), now);
            return new CancelAnswer(closed.change(), cancelled, refused, why);
        }
        lines = List.copyOf(kept);
        updatedAt = now;
        StatusChange change = new StatusChange(source, event, status, status, !cancelled.isEmpty(), occurredAt, now,
                truncate(confirmed ? null : why));
        newChanges.add(change);
        return new CancelAnswer(change, cancelled, refused, why);
    }

    /**
     * Refuses the pending cancel requests when the fulfillment order moved past where a location can still cancel
     * (shipped, collected, rejected, cancelled): {@code null} when none is pending or it may still be answered.
     */
    public CancelAnswer refuseCancelRequestsIfTooLate(Instant now) {
        if (cancelRequests.isEmpty() || canBeAskedToCancel()) {
            return null;
        }
        String why = whyNotCancellable();
        CancelAnswer answer = answerCancel(false, "SYSTEM", now, why, now);
        return new CancelAnswer(answer.change(), answer.cancelled(), answer.refused(), why);
    }

    private static int requested(List<CancelRequest> requests, String lineId) {
        return requests.stream().filter(r -> r.lineId().equals(lineId)).mapToInt(CancelRequest::quantity).sum();
    }

    /** Whether the order may still take units off it: released, and nobody picks yet. */
    public boolean isCancellable() {
        return status == FulfillmentStatus.RELEASED;
    }

    /** Why units of it cannot be cancelled any more, in words a support agent can read to a customer. */
    public String whyNotCancellable() {
        return switch (status) {
            case RELEASED -> "still cancellable at " + locationId;
            case PICKING -> "being picked at " + locationId;
            case PACKED -> "packed at " + locationId;
            case READY_FOR_PICKUP -> "ready for pickup at " + locationId;
            case PICKED_UP -> "picked up at " + locationId;
            case SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_EXCEPTION -> "shipped from " + locationId;
            case DELIVERED -> "delivered from " + locationId;
            case REJECTED -> "rejected by " + locationId;
            case CANCELLED -> "already cancelled at " + locationId;
        };
    }

    /**
     * The store has a pickup or curbside order ready at its counter. From released, picking or packed; a conflict
     * for a shipping order, once it shipped, was collected or closed, and when it is ready already.
     */
    public StatusChange readyForPickup(Instant occurredAt, Instant now) {
        requirePickup("READY_FOR_PICKUP");
        if (status.stage() >= FulfillmentStatus.READY_FOR_PICKUP.stage() || status.isClosed()) {
            throw new IllegalTransitionException(status, "READY_FOR_PICKUP");
        }
        return move(FulfillmentStatus.READY_FOR_PICKUP, "STORE", "READY_FOR_PICKUP", occurredAt, null, now);
    }

    /** The customer collected a pickup or curbside order that was ready; anything else is a conflict. */
    public StatusChange pickedUp(Instant occurredAt, Instant now) {
        requirePickup("PICKED_UP");
        if (status != FulfillmentStatus.READY_FOR_PICKUP) {
            throw new IllegalTransitionException(status, "PICKED_UP");
        }
        return move(FulfillmentStatus.PICKED_UP, "STORE", "PICKED_UP", occurredAt, null, now);
    }

    /**
     * A pickup ready at its counter was not collected in time: cancelled, every unit taken off (the
     * transition's units, reason null). Only a ready one expires; anything else is a conflict.
     */
    public Transition expirePickup(Instant occurredAt, String detail, Instant now) {
        if (status != FulfillmentStatus.READY_FOR_PICKUP) {
            throw new IllegalTransitionException(status, "PICKUP_EXPIRED");
        }
        Transition closed = closeAs(FulfillmentStatus.CANCELLED, "SYSTEM", "PICKUP_EXPIRED", null, occurredAt, detail,
                now);
        return new Transition(closed.change(), null, lines);
    }

    private void requirePickup(String event) {
        if (type == FulfillmentType.SHIP) {
            throw new IllegalTransitionException(status, event, "a shipping order has no pickup");
        }
    }

    private StatusChange move(FulfillmentStatus next, String source, String event, Instant occurredAt, String detail,
                              Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        FulfillmentStatus from = status;
        status = next;
        statusOccurredAt = occurredAt;
        updatedAt = now;
        StatusChange change = new StatusChange(source, event, from, next, true, occurredAt, now, detail);
        newChanges.add(change);
        return change;
    }

    /** A line id and a quantity of it, as a report names them. */
    public record PickedLine(String lineId, int quantity) {
    }

    private Transition closeAs(FulfillmentStatus closed, String source, String event, UnfilledReason reason,
                               Instant occurredAt, String detail, Instant now) {
        Objects.requireNonNull(occurredAt, "occurredAt");
        FulfillmentStatus from = status;
        status = closed;
        statusOccurredAt = occurredAt;
        updatedAt = now;
        StatusChange change = new StatusChange(source, event, from, status, true, occurredAt, now, truncate(detail));
        newChanges.add(change);
        return new Transition(change, reason, lines);
    }

    private void requireOpen(String event) {
        if (status.isClosed()) {
            throw new IllegalTransitionException(status, event);
        }
    }

    private void requireNotShipped(String event) {
        requireOpen(event);
        if (status.hasShipped()) {
            throw new IllegalTransitionException(status, event);
        }
    }

    private FulfillmentLine line(String lineId) {
        return lines.stream().filter(line -> line.lineId().equals(lineId)).findFirst().orElse(null);
    }

    private static String describe(List<FulfillmentLine> unfilled) {
        StringBuilder text = new StringBuilder("taken off:");
        Set<String> seen = new HashSet<>();
        for (FulfillmentLine line : unfilled) {
            if (seen.add(line.lineId())) {
                text.append(' ').append(line.lineId()).append('x').append(line.quantity());
            }
        }
        return truncate(text.toString());
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Records a carrier's tracking update of this fulfillment order's shipment. */
    public StatusChange recordCarrierEvent(CarrierStatus carrierStatus, Instant occurredAt, String detail,
                                           Instant now) {
        requireOpen(carrierStatus.name());
        return record("CARRIER", carrierStatus.name(), carrierStatus.target(), occurredAt, detail, now);
    }

    /**
     * Whether a fact about {@code next} that happened at {@code occurredAt} moves this fulfillment order on.
     * Forward only, with one side track: a delivery exception is left for a later tracking scan (the carrier
     * resumed) or for the delivery, which always wins; a report older than the current status cannot raise
     * an exception, nor clear one.
     */
    public boolean canMoveTo(FulfillmentStatus next, Instant occurredAt) {
        if (status.isTerminal() || status.isClosed() || next.isClosed() || next == status) {
            return false;
        }
        // a pickup at the counter moves only by the store's action or its expiry, never by a WMS or carrier report
        if (status == FulfillmentStatus.READY_FOR_PICKUP || next == FulfillmentStatus.READY_FOR_PICKUP
                || next == FulfillmentStatus.PICKED_UP) {
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

    public UUID getDecisionId() {
        return decisionId;
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

    public LocalDate getShipDate() {
        return shipDate;
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
