package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.WmsEventType;
import io.opendoms.platform.webhook.WebhookPartner;
import java.time.Instant;
import java.util.UUID;

/**
 * A warehouse report about a fulfillment order, from the verified {@code partner}; carrier and service are
 * optional, SHIPPED needs the tracking number.
 */
public record RecordWmsEventCommand(WebhookPartner partner, UUID eventId, WmsEventType type, UUID fulfillmentId,
                                    Instant occurredAt, String carrier, String service, String trackingNumber) {
}
