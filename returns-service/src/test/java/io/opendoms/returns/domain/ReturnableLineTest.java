package io.opendoms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReturnableLineTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T15:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T11:00:00Z");

    private final UUID orderId = UUID.randomUUID();

    @Test
    void anOrderedLineHasNothingDeliveredYet() {
        ReturnableLine line = ReturnableLine.unknown(orderId, "L1", "SKU-1");
        line.recordOrdered("SKU-1", 3, new BigDecimal("19.99"), "USD", "storefront");

        assertThat(line.isOrderKnown()).isTrue();
        assertThat(line.getOrderedQuantity()).isEqualTo(3);
        assertThat(line.getDeliveredQuantity()).isZero();
        assertThat(line.getDeliveredAt()).isNull();
    }

    @Test
    void deliveriesOfSeveralFulfillmentOrdersAddUp() {
        ReturnableLine line = ReturnableLine.unknown(orderId, "L1", "SKU-1");

        assertThat(line.recordDelivered(UUID.randomUUID(), 2, WEDNESDAY)).isTrue();
        assertThat(line.recordDelivered(UUID.randomUUID(), 1, MONDAY)).isTrue();

        assertThat(line.getDeliveredQuantity()).isEqualTo(3);
        assertThat(line.getDeliveredAt()).isEqualTo(WEDNESDAY);
    }

    @Test
    void aFulfillmentOrderDeliversALineOnlyOnce() {
        ReturnableLine line = ReturnableLine.unknown(orderId, "L1", "SKU-1");
        UUID fulfillmentId = UUID.randomUUID();
        line.recordDelivered(fulfillmentId, 2, MONDAY);

        assertThat(line.recordDelivered(fulfillmentId, 2, WEDNESDAY)).isFalse();

        assertThat(line.getDeliveredQuantity()).isEqualTo(2);
        assertThat(line.getDeliveredAt()).isEqualTo(MONDAY);
    }

    @Test
    void theOrderFillsInALineWhoseDeliveryCameFirst() {
        ReturnableLine line = ReturnableLine.unknown(orderId, "L1", "SKU-1");
        line.recordDelivered(UUID.randomUUID(), 2, MONDAY);
        assertThat(line.isOrderKnown()).isFalse();

        line.recordOrdered("SKU-1", 2, new BigDecimal("5.00"), "USD", "marketplace");

        assertThat(line.isOrderKnown()).isTrue();
        assertThat(line.getUnitPrice()).isEqualByComparingTo("5.00");
        assertThat(line.getChannel()).isEqualTo("marketplace");
        assertThat(line.getDeliveredQuantity()).isEqualTo(2);
    }

    @Test
    void refusesANonPositiveDelivery() {
        ReturnableLine line = ReturnableLine.unknown(orderId, "L1", "SKU-1");

        assertThatThrownBy(() -> line.recordDelivered(UUID.randomUUID(), 0, MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(line.getDeliveries()).isEmpty();
    }
}
