package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.CarrierStatus;
import java.time.Instant;
import java.util.UUID;

/** A carrier's tracking update; {@code carrier} comes from the webhook path. */
public record RecordCarrierEventCommand(UUID eventId, String carrier, String trackingNumber, CarrierStatus status,
                                        Instant occurredAt, String detail) {
}
