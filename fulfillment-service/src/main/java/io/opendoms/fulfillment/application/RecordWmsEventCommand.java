package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.FulfillmentOrder.PickedLine;
import io.opendoms.fulfillment.domain.WmsEventType;
import io.opendoms.platform.webhook.WebhookPartner;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A warehouse report about a fulfillment order, from the verified {@code partner}; carrier and service are
 * optional, SHIPPED needs the tracking number, SHORT_PICKED the lines actually picked ({@code lines}; empty:
 * nothing picked). CANCEL_CONFIRMED and CANCEL_REFUSED answer the pending cancel requests ({@code reason}: the
 * location's words, for a refusal). De-duplication by {@code eventId} is the webhook inbox's, before this runs.
 */
public record RecordWmsEventCommand(WebhookPartner partner, UUID eventId, WmsEventType type, UUID fulfillmentId,
                                    Instant occurredAt, String carrier, String service, String trackingNumber,
                                    List<PickedLine> lines, String reason) {
}
