package io.opendoms.events;

import io.opendoms.events.fulfillment.FulfillmentCancelRefused;
import io.opendoms.events.fulfillment.FulfillmentCancelled;
import io.opendoms.events.fulfillment.FulfillmentDelivered;
import io.opendoms.events.fulfillment.FulfillmentPickedUp;
import io.opendoms.events.fulfillment.FulfillmentReadyForPickup;
import io.opendoms.events.fulfillment.FulfillmentReleased;
import io.opendoms.events.fulfillment.FulfillmentShipped;
import io.opendoms.events.fulfillment.FulfillmentUnfilled;
import io.opendoms.events.inventory.HoldEnded;
import io.opendoms.events.inventory.HoldPlaced;
import io.opendoms.events.inventory.ItemUpserted;
import io.opendoms.events.inventory.LocationUpserted;
import io.opendoms.events.inventory.ReservationFailed;
import io.opendoms.events.inventory.ReservationReleased;
import io.opendoms.events.inventory.StockChanged;
import io.opendoms.events.inventory.StockReserved;
import io.opendoms.events.order.OrderCancelled;
import io.opendoms.events.order.OrderReceived;
import io.opendoms.events.fulfillment.FulfillmentExceptionCleared;
import io.opendoms.events.fulfillment.FulfillmentExceptionRaised;
import io.opendoms.events.fulfillment.ReturnLabelScanned;
import io.opendoms.events.returns.ReturnAuthorized;
import io.opendoms.events.returns.ReturnRefunded;
import io.opendoms.events.returns.ReturnRestocked;
import io.opendoms.events.routing.OrderAllocated;
import io.opendoms.events.routing.OrderRouted;
import io.opendoms.events.routing.UnitsCancelled;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every contract event: its logical type, schema version, topic and record. The single source of truth. */
public final class EventCatalog {

    private static final Map<String, EventDescriptor> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, EventDescriptor> BY_CLASS = new LinkedHashMap<>();

    static {
        register("order.received", 1, Topics.ORDERS, OrderReceived.class,
                "An order was captured and needs sourcing.");
        register("order.cancelled", 1, Topics.ORDERS, OrderCancelled.class,
                "Line quantities of an order were cancelled by its channel or ops.");
        register("routing.units-cancelled", 1, Topics.ROUTING, UnitsCancelled.class,
                "Of an order's cancellation, the units already sourced (for fulfillment to cancel) and the "
                        + "backordered ones routing cancelled itself.");
        register("routing.order-routed", 1, Topics.ROUTING, OrderRouted.class,
                "Routing chose locations and carrier services; inventory should reserve them.");
        register("routing.order-allocated", 1, Topics.ROUTING, OrderAllocated.class,
                "Sourcing settled: reserved shipments to release, unallocated lines backordered.");
        register("inventory.stock-reserved", 1, Topics.INVENTORY_RESERVATIONS, StockReserved.class,
                "Every line of a routing decision was reserved atomically.");
        register("inventory.reservation-failed", 1, Topics.INVENTORY_RESERVATIONS, ReservationFailed.class,
                "A routing decision could not be reserved; nothing was reserved.");
        register("inventory.reservation-released", 1, Topics.INVENTORY_RESERVATIONS, ReservationReleased.class,
                "Units reserved for an order were released because on hand fell below what was reserved.");
        register("inventory.hold-placed", 1, Topics.INVENTORY_RESERVATIONS, HoldPlaced.class,
                "A checkout hold reserved its lines until it expires.");
        register("inventory.hold-ended", 1, Topics.INVENTORY_RESERVATIONS, HoldEnded.class,
                "A checkout hold was released, expired, converted into an order's reservation or cut by a shortage.");
        register("inventory.stock-changed", 1, Topics.INVENTORY, StockChanged.class,
                "Stock of one SKU at one location after a change.");
        register("inventory.location-upserted", 1, Topics.INVENTORY, LocationUpserted.class,
                "A location was created or replaced.");
        register("inventory.item-upserted", 1, Topics.INVENTORY, ItemUpserted.class,
                "An item was created or replaced.");
        register("fulfillment.released", 1, Topics.FULFILLMENT, FulfillmentReleased.class,
                "A fulfillment order was released to its location.");
        register("fulfillment.shipped", 1, Topics.FULFILLMENT, FulfillmentShipped.class,
                "A fulfillment order shipped.");
        register("fulfillment.delivered", 1, Topics.FULFILLMENT, FulfillmentDelivered.class,
                "A fulfillment order's shipment was delivered.");
        register("fulfillment.ready-for-pickup", 1, Topics.FULFILLMENT, FulfillmentReadyForPickup.class,
                "A pickup or curbside fulfillment order waits at its store for the customer.");
        register("fulfillment.picked-up", 1, Topics.FULFILLMENT, FulfillmentPickedUp.class,
                "The customer collected a pickup or curbside fulfillment order; its units left the store.");
        register("fulfillment.cancelled", 1, Topics.FULFILLMENT, FulfillmentCancelled.class,
                "Units of a fulfillment order were cancelled before picking, or a pickup was not collected in time; "
                        + "their reservation is to be released.");
        register("fulfillment.cancel-refused", 1, Topics.FULFILLMENT, FulfillmentCancelRefused.class,
                "Units of an order's cancellation could not be cancelled: they are being picked or have shipped.");
        register("fulfillment.unfilled", 1, Topics.FULFILLMENT, FulfillmentUnfilled.class,
                "Units a location will not fulfil (rejected, short-picked, cut by a shortage); routing sources them again.");
        register("return.authorized", 1, Topics.RETURNS, ReturnAuthorized.class,
                "A return was authorized (its eligible lines, and the prepaid label of a mail return).");
        register("fulfillment.return-label-scanned", 1, Topics.FULFILLMENT, ReturnLabelScanned.class,
                "A carrier scanned a return's prepaid label.");
        register("fulfillment.exception-raised", 1, Topics.FULFILLMENT, FulfillmentExceptionRaised.class,
                "A fulfillment order is late, stuck, rejected or has a delivery exception (once per kind while open).");
        register("fulfillment.exception-cleared", 1, Topics.FULFILLMENT, FulfillmentExceptionCleared.class,
                "An exception of a fulfillment order is over: resolved, or acknowledged by ops.");
        register("return.refunded", 1, Topics.RETURNS, ReturnRefunded.class,
                "A return refunded units of an order (once per unit).");
        register("return.restocked", 1, Topics.RETURNS, ReturnRestocked.class,
                "Returned units inspected as resellable go back on hand at the receiving location.");
    }

    private static void register(String type, int version, String topic, Class<? extends EventPayload> cls,
                                 String description) {
        EventDescriptor d = new EventDescriptor(type, version, topic, cls, description);
        BY_TYPE.put(type, d);
        BY_CLASS.put(cls, d);
    }

    public static EventDescriptor describe(Class<?> payloadClass) {
        EventDescriptor d = BY_CLASS.get(payloadClass);
        if (d == null) {
            throw new IllegalArgumentException("Not a registered contract event: " + payloadClass.getName());
        }
        return d;
    }

    public static EventDescriptor byType(String type) {
        EventDescriptor d = BY_TYPE.get(type);
        if (d == null) {
            throw new UnknownEventTypeException(type);
        }
        return d;
    }

    public static boolean isKnown(String type) {
        return BY_TYPE.containsKey(type);
    }

    public static Collection<EventDescriptor> all() {
        return Collections.unmodifiableCollection(BY_TYPE.values());
    }

    private EventCatalog() {
    }
}
