package io.opendoms.events;

import java.util.List;

/** Kafka topic names. One topic per producing service and aggregate; the key keeps per-entity order. */
public final class Topics {

    /** Order lifecycle facts from order-service, keyed by order id. */
    public static final String ORDERS = "opendoms.orders.v1";
    /** Sourcing decisions from routing-service, keyed by order id. */
    public static final String ROUTING = "opendoms.routing.v1";
    /** Reservation outcomes for orders (keyed by order id) and checkout holds (keyed by hold id) from inventory-service. */
    public static final String INVENTORY_RESERVATIONS = "opendoms.inventory.reservations.v1";
    /** Stock levels, locations and items from inventory-service, keyed by SKU (stock, items) or location id. */
    public static final String INVENTORY = "opendoms.inventory.v1";
    /** Fulfillment order lifecycle from fulfillment-service, keyed by order id. */
    public static final String FULFILLMENT = "opendoms.fulfillment.v1";
    /** Return lifecycle from returns-service, keyed by order id. */
    public static final String RETURNS = "opendoms.returns.v1";

    /** Suffix of the dead-letter topic that a consumer parks a poison message in. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    public static List<String> all() {
        return List.of(ORDERS, ROUTING, INVENTORY_RESERVATIONS, INVENTORY, FULFILLMENT, RETURNS);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
