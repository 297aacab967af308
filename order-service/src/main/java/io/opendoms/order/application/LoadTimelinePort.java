package io.opendoms.order.application;

import io.opendoms.order.domain.TimelineEntry;
import java.util.List;
import java.util.UUID;

public interface LoadTimelinePort {

    /** In the order the entries were recorded. */
    List<TimelineEntry> timeline(UUID orderId);
}
