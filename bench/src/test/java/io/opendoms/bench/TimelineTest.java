package io.opendoms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static Timeline parse(String json) {
    return Timeline.parse(Api.JSON.readTree(json));
  }

  @Test
  void allocatedWhenTheStatusFirstChangesToAllocated() {
    Timeline timeline = parse("""
        {"events": [
          {"at": "2026-11-22T18:00:00.100Z", "type": "ORDER_RECEIVED", "detail": "Order received from channel storefront: 2 line(s)"},
          {"at": "2026-11-22T18:00:00.250Z", "type": "FULFILLMENT_RELEASED", "detail": "Fulfillment f1 released at DC-1: line 1 qty 1"},
          {"at": "2026-11-22T18:00:00.250Z", "type": "STATUS_CHANGED", "detail": "RECEIVED -> PARTIALLY_ALLOCATED"},
          {"at": "2026-11-22T18:00:00.300Z", "type": "ALLOCATION_SETTLED", "detail": "Sourcing decision d: 2 shipment(s), nothing backordered"},
          {"at": "2026-11-22T18:00:00.420Z", "type": "FULFILLMENT_RELEASED", "detail": "Fulfillment f2 released at ST-7: line 2 qty 1"},
          {"at": "2026-11-22T18:00:00.420Z", "type": "STATUS_CHANGED", "detail": "PARTIALLY_ALLOCATED -> ALLOCATED"},
          {"at": "2026-11-22T18:05:00Z", "type": "STATUS_CHANGED", "detail": "ALLOCATED -> SHIPPED"}
        ]}""");

    assertThat(timeline.allocated()).isTrue();
    assertThat(timeline.allocatedAt()).isEqualTo(Instant.parse("2026-11-22T18:00:00.420Z"));
    assertThat(timeline.receivedToAllocatedNanos()).isEqualTo(320_000_000L);
    assertThat(timeline.receivedToSettledNanos()).isEqualTo(200_000_000L);
    assertThat(timeline.status()).isEqualTo("SHIPPED");
  }

  @Test
  void notAllocatedWhileReceivedOrBackordered() {
    Timeline received = parse("""
        {"events": [{"at": "2026-11-22T18:00:00Z", "type": "ORDER_RECEIVED", "detail": "x"}]}""");
    Timeline backordered = parse("""
        {"events": [
          {"at": "2026-11-22T18:00:00Z", "type": "ORDER_RECEIVED", "detail": "x"},
          {"at": "2026-11-22T18:00:01Z", "type": "ALLOCATION_SETTLED", "detail": "backordered line 1 qty 2 (NO_STOCK)"},
          {"at": "2026-11-22T18:00:01Z", "type": "STATUS_CHANGED", "detail": "RECEIVED -> BACKORDERED"}
        ]}""");

    assertThat(received.allocated()).isFalse();
    assertThat(received.status()).isEqualTo("RECEIVED");
    assertThat(received.receivedToAllocatedNanos()).isEqualTo(Percentiles.MISSING);
    assertThat(backordered.allocated()).isFalse();
    assertThat(backordered.status()).isEqualTo("BACKORDERED");
    assertThat(backordered.receivedToSettledNanos()).isEqualTo(1_000_000_000L);
  }

  @Test
  void anOrderThatShippedInOneStepCountsAsAllocatedThen() {
    Timeline timeline = parse("""
        {"events": [
          {"at": "2026-11-22T18:00:00Z", "type": "ORDER_RECEIVED", "detail": "x"},
          {"at": "2026-11-22T18:00:02Z", "type": "STATUS_CHANGED", "detail": "RECEIVED -> SHIPPED"}
        ]}""");

    assertThat(timeline.allocatedAt()).isEqualTo(Instant.parse("2026-11-22T18:00:02Z"));
  }

  @Test
  void allocatedPerSecondCountsAllocationsWhileOrdersArrived() {
    Instant t0 = Instant.parse("2026-11-22T18:00:00Z");
    List<Timeline> timelines = List.of(
        new Timeline(t0, null, t0.plusMillis(100), "ALLOCATED"),
        new Timeline(t0.plusSeconds(1), null, t0.plusMillis(1_500), "ALLOCATED"),
        new Timeline(t0.plusSeconds(2), null, t0.plusSeconds(5), "ALLOCATED"), // after the window
        new Timeline(t0.plusSeconds(2), null, null, "RECEIVED"));

    // 2 allocations in the 2 s between the first and last arrival, each sampled order standing for 10
    assertThat(Report.allocatedPerSecond(timelines, 10)).isEqualTo(10.0);
    assertThat(Report.allocatedPerSecond(List.of(), 1)).isZero();
    // 3 allocated from the first arrival (0 s) to the last allocation (5 s)
    assertThat(Report.allocatedOverallPerSecond(timelines, 1)).isEqualTo(0.6);
  }
}
