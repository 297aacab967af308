package io.opendoms.events;

/** A contract event record. Its type, version and topic are registered in {@link EventCatalog}. */
public interface EventPayload {

    /** The Kafka partition key: the order id for order flows, the SKU for stock, the location id for locations. */
    String eventKey();
}
