package io.opendoms.order.adapter.web;

import io.opendoms.order.domain.TimelineEventType;
import java.time.Instant;
import java.util.List;

public record TimelineResponse(List<Event> events) {

    public record Event(Instant at, TimelineEventType type, String detail) {
    }
}
