package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.WmsEventType;
import java.time.Instant;
import java.util.UUID;

/** A warehouse report about a fulfillment order; carrier and service are optional, SHIPPED needs the tracking number. */
public record RecordWmsEventCommand(UUID eventId, WmsEventType type, UUID fulfillmentId, Instant occurredAt,
                                    String carrier, String service, String trackingNumber) {
}
