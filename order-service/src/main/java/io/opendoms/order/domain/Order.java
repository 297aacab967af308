package io.opendoms.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The order aggregate: what was ordered, the fulfillments sourcing made of it, and a status that is
 * always recomputed from quantities. Changes append {@link #newTimelineEntries() timeline entries}.
 */
public class Order {

    private final UUID id;
    private final String externalId;
    private final String channel;
    private final Customer customer;
    private final ShippingAddress shippingAddress;
    private final DeliveryMethod deliveryMethod;
    private final String pickupLocationId;
    private final ServiceLevel serviceLevel;
    private final String currency;
    private final UUID reservationId;
    private OrderStatus status;
    private final BigDecimal totalAmount;
    private BigDecimal refundedAmount;
    private final List<OrderLine> lines;
    private final Map<UUID, Fulfillment> fulfillments = new LinkedHashMap<>();
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private List<HoldReason> holdReasons;
    private final List<TimelineEntry> newTimelineEntries = new ArrayList<>();
    private final List<OrderNotification> newNotifications = new ArrayList<>();

    public Order(UUID id, String externalId, String channel, Customer customer, ShippingAddress shippingAddress,
                 DeliveryMethod deliveryMethod, String pickupLocationId, ServiceLevel serviceLevel, String currency,
                 UUID reservationId, OrderStatus status, BigDecimal totalAmount, BigDecimal refundedAmount,
                 List<OrderLine> lines, List<Fulfillment> fulfillments, Instant createdAt, Instant updatedAt,
                 long version, List<HoldReason> holdReasons) {
        this.id = id;
        this.externalId = externalId;
        this.channel = channel;
        this.customer = customer;
        this.shippingAddress = shippingAddress;
        this.deliveryMethod = deliveryMethod;
        this.pickupLocationId = pickupLocationId;
        this.serviceLevel = serviceLevel;
        this.currency = currency;
        this.reservationId = reservationId;
        this.status = status;
        this.totalAmount = totalAmount;
        this.refundedAmount = refundedAmount;
        this.lines = List.copyOf(lines);
        fulfillments.forEach(f -> this.fulfillments.put(f.getFulfillmentId(), f));
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.holdReasons = holdReasons == null ? List.of() : List.copyOf(holdReasons);
    }

    /** A new order; on hold when it broke a hold rule (then nothing may route it until it is released). */
    public static Order receive(UUID id, String channel, NewOrder request, List<HoldReason> holdReasons, Instant at) {
        List<OrderLine> lines = request.lines().stream().map(OrderLine::open).toList();
        int scale = Currency.getInstance(request.currency()).getDefaultFractionDigits();
        BigDecimal total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(scale);
        Order order = new Order(id, request.externalId(), channel, request.customer(), request.shippingAddress(),
                request.deliveryMethod(), request.pickupLocationId(), request.serviceLevel(), request.currency(),
                request.reservationId(), holdReasons.isEmpty() ? OrderStatus.RECEIVED : OrderStatus.ON_HOLD, total,
                BigDecimal.ZERO.setScale(scale), lines, List.of(), at, at, 0, holdReasons);
        int units = lines.stream().mapToInt(OrderLine::getQuantity).sum();
        order.record(at, TimelineEventType.ORDER_RECEIVED,
                "Order received from channel %s: %d line(s), %d unit(s), %s %s"
                .formatted(channel, lines.size(), units, total.toPlainString(), request.currency()));
        order.newNotifications.add(OrderNotification.of(order.status, at));
        if (!holdReasons.isEmpty()) {
            order.record(at, TimelineEventType.PUT_ON_HOLD, "On hold, nothing is sourced until ops release it: "
                    + holdReasons.stream().map(HoldReason::detail).collect(Collectors.joining("; ")));
        }
        return order;
    }

    /**
     * The checkout hold this order named ended without becoming its reservation ({@code reason}: EXPIRED, RELEASED,
     * SHORTAGE): the order is sourced from what is available, like any other.
     */
    public void checkoutHoldEnded(UUID holdId, String reason, Instant at) {
        String why = switch (reason) {
            case "EXPIRED" -> "expired";
            case "RELEASED" -> "was released by its client";
            case "SHORTAGE" -> "lost its units to a stock count";
            default -> "ended (" + reason + ")";
        };
        record(at, TimelineEventType.CHECKOUT_HOLD_ENDED, "Checkout hold %s %s before sourcing took it over; the order "
                .formatted(holdId, why) + "is sourced from available stock");
        updatedAt = at;
    }

    public boolean isOnHold() {
        return status == OrderStatus.ON_HOLD;
    }

    /**
     * Ops let a held order go on: it becomes RECEIVED (to be sourced) and its hold reasons are cleared (the
     * timeline keeps them).
     *
     * @throws OrderNotOnHoldException when the order is not on hold
     */
    public void release(String by, String note, Instant at) {
        if (!isOnHold()) {
            throw new OrderNotOnHoldException(id, status);
        }
        status = OrderStatus.RECEIVED;
        newNotifications.add(OrderNotification.of(status, at));
        holdReasons = List.of();
        updatedAt = at;
        record(at, TimelineEventType.RELEASED_FROM_HOLD, "Released from hold by %s%s; sourcing starts"
                .formatted(by, note == null || note.isBlank() ? "" : " (" + note.strip() + ")"));
    }

    /**
     * Records a fulfillment event (released, shipped or delivered), in whatever order they come.
     * Returns false, recording nothing, when the event tells nothing new.
     */
    public boolean track(FulfillmentUpdate update, Instant at) {
        Fulfillment existing = fulfillments.get(update.fulfillmentId());
        if (existing == null) {
            fulfillments.put(update.fulfillmentId(), Fulfillment.from(update));
        } else if (!existing.apply(update)) {
            return false;
        }
        record(at, switch (update.status()) {
            case RELEASED -> TimelineEventType.FULFILLMENT_RELEASED;
            case SHIPPED -> TimelineEventType.FULFILLMENT_SHIPPED;
            case DELIVERED -> TimelineEventType.FULFILLMENT_DELIVERED;
            case READY_FOR_PICKUP -> TimelineEventType.FULFILLMENT_READY_FOR_PICKUP;
            case PICKED_UP -> TimelineEventType.FULFILLMENT_PICKED_UP;
        }, describe(update));
        rollUp(at);
        return true;
    }

    /** Sourcing settled: the given line quantities are backordered, every other line has nothing backordered. */
    /**
     * A return refunded units of this order ({@code return.refunded}): the refund adds up on the order, the units on
     * their lines' {@code returnedQuantity}; the timeline and the channel's subscriptions hear of it.
     */
    public void refunded(UUID returnId, BigDecimal amount, Map<String, Integer> units, Instant at) {
        refundedAmount = refundedAmount.add(amount);
        units.forEach((lineId, quantity) -> lines.stream().filter(l -> l.getLineId().equals(lineId)).findFirst()
                .ifPresent(l -> l.returned(quantity)));
        record(at, TimelineEventType.RETURN_REFUNDED, "Refunded %s %s for %s (return %s)".formatted(
                amount.toPlainString(), currency, units.entrySet().stream()
                        .map(e -> "line %s ×%d".formatted(e.getKey(), e.getValue()))
                        .collect(Collectors.joining(", ")), returnId));
        newNotifications.add(OrderNotification.refunded(status, at));
        updatedAt = at;
    }

    /**
     * Cancels line quantities ({@code requested} line id → units; null: every unit that can still be cancelled).
     * Units that shipped cannot be cancelled: asking for more than a line can still cancel cancels nothing
     * ({@link CancelConflictException} names what can). Returns what was cancelled (empty when a whole-order
     * cancel finds nothing left, e.g. repeated). Units in fulfillments are cancelled at their locations by
     * events; one being picked by then stays (fulfillment refuses, and {@link #cancelRefused} counts it back).
     */
    public List<CancelledUnits> cancel(Map<String, Integer> requested, String reason, String by, Instant at) {
        List<CancelledUnits> cancelled = new ArrayList<>();
        if (requested == null) {
            for (OrderLine line : lines) {
                int units = line.cancellable(0);
                if (units > 0) {
                    cancelled.add(new CancelledUnits(line.getLineId(), line.getSku(), units));
                }
            }
            boolean shipped = lines.stream().anyMatch(l -> l.getShippedQuantity() > 0);
            if (cancelled.isEmpty() && shipped && status != OrderStatus.CANCELLED) {
                throw new CancelConflictException(id, lines.stream()
                        .map(l -> new CancelConflictException.Cancellable(l.getLineId(), l.openQuantity(), 0))
                        .toList());
            }
        } else {
            List<String> unknown = requested.keySet().stream()
                    .filter(lineId -> lines.stream().noneMatch(l -> l.getLineId().equals(lineId))).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new UnknownLinesException(id, unknown);
            }
            List<CancelConflictException.Cancellable> tooMuch = new ArrayList<>();
            for (OrderLine line : lines) {
                Integer units = requested.get(line.getLineId());
                if (units == null) {
                    continue;
                }
                if (units > line.cancellable(0)) {
                    tooMuch.add(new CancelConflictException.Cancellable(line.getLineId(), units, line.cancellable(0)));
                } else {
                    cancelled.add(new CancelledUnits(line.getLineId(), line.getSku(), units));
                }
            }
            if (!tooMuch.isEmpty()) {
                throw new CancelConflictException(id, tooMuch);
            }
        }
        if (cancelled.isEmpty()) {
            return cancelled;
        }
        cancelled.forEach(c -> line(c.lineId()).cancel(c.quantity()));
        record(at, TimelineEventType.CANCELLED, "Cancelled by %s (%s): %s".formatted(by, reason, cancelled.stream()
                .map(c -> "line %s ×%d".formatted(c.lineId(), c.quantity())).collect(Collectors.joining(", "))));
        if (isOnHold() && lines.stream().allMatch(l -> l.openQuantity() == 0)) {
            status = OrderStatus.CANCELLED; // nothing was ever sourced: nothing to wait for
            newNotifications.add(OrderNotification.of(status, at));
            record(at, TimelineEventType.STATUS_CHANGED, OrderStatus.ON_HOLD + " -> " + status);
        }
        rollUp(at);
        return cancelled;
    }

    /** Units fulfillment could not cancel (picking, packed or shipped by the time it heard): not cancelled. */
    public void cancelRefused(Map<String, Integer> units, String reason, Instant at) {
        units.forEach((lineId, quantity) -> {
            OrderLine line = lines.stream().filter(l -> l.getLineId().equals(lineId)).findFirst().orElse(null);
            if (line != null) {
                line.uncancel(quantity);
            }
        });
        record(at, TimelineEventType.CANCEL_REFUSED, "Could not cancel %s: %s".formatted(units.entrySet().stream()
                .map(e -> "line %s ×%d".formatted(e.getKey(), e.getValue())).collect(Collectors.joining(", ")),
                reason));
        rollUp(at);
    }

    /**
     * Units a fulfillment cancelled at its location: off the fulfillment. {@code byOrder}: the order's own
     * cancellation (it counted them cancelled already); otherwise the store cancelled them itself (a pickup nobody
     * collected in time), and they count as cancelled now.
     */
    public void fulfillmentCancelled(UUID fulfillmentId, String locationId, List<FulfillmentLine> units,
                                     boolean byOrder, Instant at) {
        Fulfillment fulfillment = fulfillments.get(fulfillmentId);
        boolean changed = fulfillment == null || fulfillment.takeOff(units);
        String what = units.stream().map(u -> "line %s ×%d".formatted(u.lineId(), u.quantity()))
                .collect(Collectors.joining(", "));
        if (byOrder) {
            record(at, TimelineEventType.FULFILLMENT_CANCELLED, "%s cancelled %s".formatted(locationId, what));
        } else if (changed) {
            units.forEach(u -> lines.stream().filter(l -> l.getLineId().equals(u.lineId())).findFirst()
                    .ifPresent(l -> l.cancel(Math.min(u.quantity(), l.cancellable(0)))));
            record(at, TimelineEventType.PICKUP_EXPIRED, "Nobody collected %s at %s in time: cancelled, the units "
                    + "go back on the shelf".formatted(what, locationId));
        }
        rollUp(at);
    }

    private OrderLine line(String lineId) {
        return lines.stream().filter(l -> l.getLineId().equals(lineId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No line " + lineId));
    }

    /**
     * A location will not fulfil some units after all ({@code reason} REJECTED, SHORT_PICKED or SHORTAGE): they
     * come off its fulfillment, and the timeline says that they are being sourced again (the next allocation or
     * backorder follows from routing).
     */
    public void unfilled(UUID fulfillmentId, String locationId, String reason, List<FulfillmentLine> units,
                         String detail, Instant at) {
        Fulfillment fulfillment = fulfillments.get(fulfillmentId);
        if (fulfillment != null) {
            fulfillment.takeOff(units);
        }
        String what = units.stream().map(u -> "line %s ×%d".formatted(u.lineId(), u.quantity()))
                .collect(Collectors.joining(", "));
        String because = detail == null || detail.isBlank() ? "" : " (" + detail.strip() + ")";
        record(at, TimelineEventType.FULFILLMENT_UNFILLED, switch (reason) {
            case "REJECTED" -> "%s turned the shipment down%s: %s are being sourced from another location"
                    .formatted(locationId, because, what);
            case "SHORT_PICKED" -> "%s could not find %s on its shelves%s: they are being sourced from another location"
                    .formatted(locationId, what, because);
            default -> "%s no longer has %s in stock%s: they are being sourced from another location"
                    .formatted(locationId, what, because);
        });
        rollUp(at);
    }

    public void settleAllocation(UUID decisionId, int shipments, List<Backorder> backorders, Instant at) {
        Map<String, Integer> byLine = backorders.stream()
                .collect(Collectors.groupingBy(Backorder::lineId, Collectors.summingInt(Backorder::quantity)));
        lines.forEach(line -> line.backorder(byLine.getOrDefault(line.getLineId(), 0)));
        String backordered = backorders.isEmpty() ? "nothing backordered" : "backordered " + backorders.stream()
                .map(b -> "line %s qty %d (%s)".formatted(b.lineId(), b.quantity(), b.reason()))
                .collect(Collectors.joining(", "));
        record(at, TimelineEventType.ALLOCATION_SETTLED,
                "Sourcing decision %s: %d shipment(s), %s".formatted(decisionId, shipments, backordered));
        rollUp(at);
    }

    /**
     * A pickup or curbside order says READY_FOR_PICKUP when every open unit waits at the store, and PICKED_UP
     * rather than DELIVERED.
     */
    private OrderStatus pickupWords(OrderStatus rolledUp) {
        if (deliveryMethod == DeliveryMethod.SHIP) {
            return rolledUp;
        }
        if (rolledUp == OrderStatus.DELIVERED) {
            return OrderStatus.PICKED_UP;
        }
        if (rolledUp == OrderStatus.ALLOCATED) {
            int open = lines.stream().mapToInt(OrderLine::openQuantity).sum();
            int waiting = fulfillments.values().stream()
                    .filter(f -> f.getStatus() == FulfillmentStatus.READY_FOR_PICKUP)
                    .flatMap(f -> f.getLines().stream()).mapToInt(FulfillmentLine::quantity).sum();
            return open > 0 && waiting >= open ? OrderStatus.READY_FOR_PICKUP : rolledUp;
        }
        return rolledUp;
    }

    private void rollUp(Instant at) {
        if (isOnHold()) {
            updatedAt = at; // nothing is sourced while on hold: no quantity can have moved
            return;
        }
        List<StatusRollUp.Quantities> quantities = lines.stream().map(line -> {
            String lineId = line.getLineId();
            int allocated = 0;
            int shipped = 0;
            int delivered = 0;
            for (Fulfillment f : fulfillments.values()) {
                int q = f.quantityOf(lineId);
                allocated += q;
                shipped += f.getStatus().hasShipped() ? q : 0;
                delivered += f.getStatus().reachedTheCustomer() ? q : 0;
            }
            return line.rollUp(allocated, shipped, delivered);
        }).toList();
        OrderStatus rolledUp = pickupWords(StatusRollUp.order(quantities));
        if (rolledUp != status) {
            record(at, TimelineEventType.STATUS_CHANGED, status + " -> " + rolledUp);
            status = rolledUp;
            newNotifications.add(OrderNotification.of(status, at));
        }
        updatedAt = at;
    }

    private static String describe(FulfillmentUpdate u) {
        String lines = u.lines().stream().map(l -> "line %s qty %d".formatted(l.lineId(), l.quantity()))
                .collect(Collectors.joining(", "));
        String where = u.locationId() == null ? "" : " at " + u.locationId();
        String carrier = Stream.of(u.carrier(), u.service()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        String how = u.trackingNumber() == null ? ""
                : carrier.isEmpty() ? " (tracking %s)".formatted(u.trackingNumber())
                : " (%s, tracking %s)".formatted(carrier, u.trackingNumber());
        return "Fulfillment %s %s%s%s: %s".formatted(u.fulfillmentId(), u.status().name().toLowerCase(), where, how,
                lines);
    }

    private void record(Instant at, TimelineEventType type, String detail) {
        newTimelineEntries.add(new TimelineEntry(at, type, detail));
    }

    /** Status changes since this instance was created or loaded, oldest first: what subscribers are told. */
    public List<OrderNotification> newNotifications() {
        return Collections.unmodifiableList(newNotifications);
    }

    /** Timeline entries recorded since this instance was created or loaded, oldest first. */
    public List<TimelineEntry> newTimelineEntries() {
        return Collections.unmodifiableList(newTimelineEntries);
    }

    public UUID getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getChannel() {
        return channel;
    }

    public Customer getCustomer() {
        return customer;
    }

    public ShippingAddress getShippingAddress() {
        return shippingAddress;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public String getPickupLocationId() {
        return pickupLocationId;
    }

    public ServiceLevel getServiceLevel() {
        return serviceLevel;
    }

    public String getCurrency() {
        return currency;
    }

    public UUID getReservationId() {
        return reservationId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public List<Fulfillment> getFulfillments() {
        return List.copyOf(fulfillments.values());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    /** The rules the order broke while it is on hold; empty otherwise. */
    public List<HoldReason> getHoldReasons() {
        return holdReasons;
    }
}
