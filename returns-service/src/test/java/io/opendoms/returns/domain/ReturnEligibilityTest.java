package io.opendoms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReturnEligibilityTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final ItemReturnPolicy THIRTY_DAYS = new ItemReturnPolicy("SKU-1", true, 30);

    /** 3 ordered; 2 delivered 10 days ago and 1 delivered 40 days ago (outside a 30-day window). */
    private static ReturnableLine line() {
        return new ReturnableLine(UUID.randomUUID(), "L1", "SKU-1", new BigDecimal("20.00"), "USD", 3, "storefront",
                List.of(new LineDelivery(UUID.randomUUID(), 2, NOW.minus(Duration.ofDays(10))),
                        new LineDelivery(UUID.randomUUID(), 1, NOW.minus(Duration.ofDays(40)))));
    }

    static Stream<Arguments> cases() {
        ReturnableLine notDelivered = new ReturnableLine(UUID.randomUUID(), "L1", "SKU-1", BigDecimal.TEN, "USD", 1,
                "storefront", List.of());
        ReturnableLine orderUnknown = ReturnableLine.unknown(UUID.randomUUID(), "L1", "SKU-1");
        ReturnableLine atTheEdge = new ReturnableLine(UUID.randomUUID(), "L1", "SKU-1", BigDecimal.TEN, "USD", 1,
                "storefront", List.of(new LineDelivery(UUID.randomUUID(), 1, NOW.minus(Duration.ofDays(30)))));
        ReturnableLine justPast = new ReturnableLine(UUID.randomUUID(), "L1", "SKU-1", BigDecimal.TEN, "USD", 1,
                "storefront", List.of(new LineDelivery(UUID.randomUUID(), 1,
                        NOW.minus(Duration.ofDays(30)).minusSeconds(1))));
        return Stream.of(
                Arguments.of("within the window", line(), THIRTY_DAYS, 0, 2, null),
                Arguments.of("more than delivered within the window", line(), THIRTY_DAYS, 0, 3,
                        Refusal.QUANTITY_EXCEEDS_RETURNABLE),
                Arguments.of("what is left after an earlier return", line(), THIRTY_DAYS, 1, 1, null),
                Arguments.of("more than is left after an earlier return", line(), THIRTY_DAYS, 1, 2,
                        Refusal.QUANTITY_EXCEEDS_RETURNABLE),
                Arguments.of("a longer window takes the older delivery in", line(),
                        new ItemReturnPolicy("SKU-1", true, 45), 0, 3, null),
                Arguments.of("the last instant of the window", atTheEdge, THIRTY_DAYS, 0, 1, null),
                Arguments.of("a second past the window", justPast, THIRTY_DAYS, 0, 1, Refusal.RETURN_WINDOW_CLOSED),
                Arguments.of("a non-returnable item", line(), new ItemReturnPolicy("SKU-1", false, 30), 0, 1,
                        Refusal.NOT_RETURNABLE),
                Arguments.of("nothing delivered", notDelivered, THIRTY_DAYS, 0, 1, Refusal.NOT_DELIVERED),
                Arguments.of("an order returns has not heard of", orderUnknown, THIRTY_DAYS, 0, 1,
                        Refusal.NOT_IN_ORDER),
                Arguments.of("no such line", null, THIRTY_DAYS, 0, 1, Refusal.NOT_IN_ORDER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesEachLine(String name, ReturnableLine line, ItemReturnPolicy item, int alreadyReturned, int requested,
                         Refusal expected) {
        assertThat(ReturnEligibility.refusal(line, item, alreadyReturned, requested, NOW)).isEqualTo(expected);
    }

    @Test
    void refundsThePriceLessTheRestockingFeeOfTheReason() {
        RefundPolicy policy = new RefundPolicy(Map.of("CHANGED_MIND", new BigDecimal("15")));

        assertThat(policy.refund(new BigDecimal("19.99"), 3, "DAMAGED", 2)).isEqualByComparingTo("59.97");
        assertThat(policy.refund(new BigDecimal("19.99"), 3, "CHANGED_MIND", 2)).isEqualByComparingTo("50.97");
        assertThat(policy.refund(new BigDecimal("19.99"), 3, "CHANGED_MIND", 2).scale()).isEqualTo(2);
        assertThat(policy.refund(new BigDecimal("999"), 1, "CHANGED_MIND", 0)).isEqualByComparingTo("849");
    }

    @Test
    void onlyAnAuthorizedReturnCanBeCancelled() {
        ReturnAuthorization authorized = new ReturnAuthorization(UUID.randomUUID(), UUID.randomUUID(), "storefront",
                ReturnMethod.MAIL, null, ReturnStatus.AUTHORIZED, null, "USD", BigDecimal.ONE, List.of(), NOW, NOW);

        assertThat(authorized.cancel(NOW).status()).isEqualTo(ReturnStatus.CANCELLED);
        assertThat(authorized.cancel(NOW).cancel(NOW).status()).isEqualTo(ReturnStatus.CANCELLED);
        ReturnAuthorization inTransit = new ReturnAuthorization(authorized.id(), authorized.orderId(), "storefront",
                ReturnMethod.MAIL, null, ReturnStatus.IN_TRANSIT, null, "USD", BigDecimal.ONE, List.of(), NOW, NOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> inTransit.cancel(NOW))
                .isInstanceOf(ReturnNotCancellableException.class);
    }
}
