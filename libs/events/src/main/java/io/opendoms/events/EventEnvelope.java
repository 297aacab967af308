package io.opendoms.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The one envelope every OpenDOMS event travels in on Kafka.
 *
 * @param eventId       unique id of this event; consumers de-duplicate on it
 * @param type          logical type such as {@code order.received} (never a Java class name)
 * @param version       payload schema version of {@code type}; additive changes keep the version
 * @param occurredAt    when the fact happened, UTC
 * @param key           partition key: an order id, a SKU or a location id
 * @param correlationId id of the request or flow that caused the event
 * @param payload       the event record as JSON
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String key,
        String correlationId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a contract record in a fresh envelope; type, version and key come from the catalogue. */
    public static EventEnvelope wrap(EventPayload payload, String correlationId, Instant occurredAt) {
        EventDescriptor d = EventCatalog.describe(payload.getClass());
        return new EventEnvelope(UUID.randomUUID(), d.type(), d.version(), occurredAt, payload.eventKey(),
                correlationId, EventJson.toTree(payload));
    }

    /** The payload as its contract record. */
    public <T extends EventPayload> T payloadAs(Class<T> type) {
        return EventJson.fromTree(payload, type);
    }

    /** The payload as the record the catalogue registers for {@link #type()}. */
    public EventPayload typedPayload() {
        return payloadAs(EventCatalog.byType(type).payloadClass());
    }

    public boolean is(Class<? extends EventPayload> payloadClass) {
        return EventCatalog.describe(payloadClass).type().equals(type);
    }
}
