package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.CarrierStatus;
import io.opendoms.platform.webhook.WebhookPartner;
import java.time.Instant;
import java.util.UUID;

/** A carrier's tracking update from the verified {@code partner}; {@code carrier} comes from the webhook path. */
public record RecordCarrierEventCommand(WebhookPartner partner, UUID eventId, String carrier, String trackingNumber,
                                        CarrierStatus status, Instant occurredAt, String detail) {
}
