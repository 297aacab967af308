package io.opendoms.fulfillment.domain;

import java.time.Instant;

/**
 * One entry of a fulfillment order's history: a reported fact and whether it moved the status. Facts that
 * arrive too late to move the status are kept too ({@code applied = false}), so the history shows what was
 * reported, not only what won.
 *
 * @param source     who reported it: {@code SYSTEM}, {@code WMS} or {@code CARRIER}
 * @param event      what was reported, such as {@code RELEASED}, {@code PICKED} or {@code DELIVERED}
 * @param from       the status before, {@code null} for the release
 * @param to         the status after (equal to {@code from} when not applied)
 * @param occurredAt when the reporter says it happened
 * @param recordedAt when this service learned it
 */
public record StatusChange(
        String source,
        String event,
        FulfillmentStatus from,
        FulfillmentStatus to,
        boolean applied,
        Instant occurredAt,
        Instant recordedAt,
        String detail) {
}
