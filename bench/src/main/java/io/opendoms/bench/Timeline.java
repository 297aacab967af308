package io.opendoms.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an order's timeline ({@code GET /api/v1/orders/{id}/timeline}) says about its allocation.
 * The order service records {@code ORDER_RECEIVED} when it accepts the order,
 * {@code ALLOCATION_SETTLED} when routing's decision is in, and {@code STATUS_CHANGED "X -> Y"}
 * whenever the rolled-up status moves; the order is {@code ALLOCATED} once fulfillments released
 * for all its units are tracked, so the first change into ALLOCATED (or a later state) is when it
 * was allocated.
 *
 * @param receivedAt  ORDER_RECEIVED, null if absent
 * @param settledAt   first ALLOCATION_SETTLED, null if none yet
 * @param allocatedAt first STATUS_CHANGED into ALLOCATED or beyond, null if never
 * @param status      the status after the last STATUS_CHANGED (RECEIVED when none)
 */
record Timeline(Instant receivedAt, Instant settledAt, Instant allocatedAt, String status) {

  private static final Set<String> ALLOCATED_OR_LATER = Set.of(
      "ALLOCATED", "PARTIALLY_SHIPPED", "SHIPPED", "DELIVERED");

  static Timeline parse(JsonNode body) {
    Instant received = null;
    Instant settled = null;
    Instant allocated = null;
    String status = "RECEIVED";
    for (JsonNode event : body.path("events")) {
      String type = event.path("type").asString("");
      Instant at = Instant.parse(event.path("at").asString());
      switch (type) {
        case "ORDER_RECEIVED" -> received = received == null ? at : received;
        case "ALLOCATION_SETTLED" -> settled = settled == null ? at : settled;
        case "STATUS_CHANGED" -> {
          String detail = event.path("detail").asString("");
          int arrow = detail.lastIndexOf("->");
          if (arrow >= 0) {
            status = detail.substring(arrow + 2).trim();
            if (allocated == null && ALLOCATED_OR_LATER.contains(status)) {
              allocated = at;
            }
          }
        }
        default -> { }
      }
    }
    return new Timeline(received, settled, allocated, status);
  }

  boolean allocated() {
    return receivedAt != null && allocatedAt != null;
  }

  /** RECEIVED → ALLOCATED in nanoseconds, or {@link Percentiles#MISSING} when not allocated. */
  long receivedToAllocatedNanos() {
    return allocated() ? Duration.between(receivedAt, allocatedAt).toNanos() : Percentiles.MISSING;
  }

  long receivedToSettledNanos() {
    return receivedAt != null && settledAt != null
        ? Duration.between(receivedAt, settledAt).toNanos() : Percentiles.MISSING;
  }
}
