package io.opendoms.order.domain;

import java.time.Instant;

/** One line of an order's audit trail. */
public record TimelineEntry(Instant at, TimelineEventType type, String detail) {
}
