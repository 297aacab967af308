package io.opendoms.events;

/** What the catalogue knows about one event type. */
public record EventDescriptor(String type, int version, String topic, Class<? extends EventPayload> payloadClass,
                              String description) {
}
