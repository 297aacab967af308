package io.opendoms.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReturnReceiptTest {

    /** A return of line L1: 3 units refunding 50.00 in all (a fee made it not a multiple of 3). */
    private static final ReturnAuthorization RETURN = new ReturnAuthorization(UUID.randomUUID(), UUID.randomUUID(),
            "storefront", ReturnMethod.MAIL, null, ReturnStatus.AUTHORIZED, null, "USD", new BigDecimal("50.00"),
            List.of(new LineDecision("L1", "SKU-1", 3, "CHANGED_MIND", true, null, null, new BigDecimal("50.00")),
                    new LineDecision("L2", "SKU-2", 1, "CHANGED_MIND", false, Refusal.NOT_RETURNABLE, "final sale",
                            BigDecimal.ZERO)),
            Instant.EPOCH, Instant.EPOCH);

    @ParameterizedTest(name = "received one by one, units {0}: refunds {1}")
    @CsvSource({"'1,1,1', '16.67,16.66,16.67'", "'2,1', '33.33,16.67'", "'3', '50.00'", "'1,2', '16.67,33.33'"})
    void partsOfAReceiptRefundExactlyTheLinesRefundInAll(String units, String refunds) {
        Map<String, ReturnReceipt.Received> earlier = new HashMap<>();
        String[] expected = refunds.split(",");
        String[] parts = units.split(",");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < parts.length; i++) {
            int quantity = Integer.parseInt(parts[i]);
            ReturnReceipt.Outcome outcome = ReturnReceipt.of(RETURN, List.of(new ReturnReceipt.Line("L1", quantity,
                    ReceivedCondition.RESELLABLE)), earlier, 2);

            assertThat(outcome.valid()).isTrue();
            assertThat(outcome.refund()).isEqualByComparingTo(expected[i]);
            assertThat(outcome.complete()).isEqualTo(i == parts.length - 1);
            ReturnReceipt.Received before = earlier.getOrDefault("L1", ReturnReceipt.Received.NOTHING);
            earlier.put("L1", new ReturnReceipt.Received(before.quantity() + quantity,
                    before.refundedUnits() + quantity, before.refunded().add(outcome.refund())));
            total = total.add(outcome.refund());
        }
        assertThat(total).isEqualByComparingTo("50.00");
    }

    @Test
    void unitsBeyondWhatWasAuthorizedAndRefusedOrUnknownLinesAreProblemsAndNothingIsAccepted() {
        ReturnReceipt.Outcome outcome = ReturnReceipt.of(RETURN, List.of(
                new ReturnReceipt.Line("L1", 2, ReceivedCondition.RESELLABLE),
                new ReturnReceipt.Line("L1", 2, ReceivedCondition.DAMAGED),
                new ReturnReceipt.Line("L2", 1, ReceivedCondition.RESELLABLE),
                new ReturnReceipt.Line("L9", 1, ReceivedCondition.RESELLABLE)),
                Map.of(), 2);

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.accepted()).isEmpty();
        assertThat(outcome.problems()).extracting(ReturnReceipt.Problem::index, ReturnReceipt.Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "quantity"),
                        org.assertj.core.groups.Tuple.tuple(2, "lineId"),
                        org.assertj.core.groups.Tuple.tuple(3, "lineId"));
    }

    @Test
    void unitsAnInstantRefundCoveredAreNotRefundedAgainOnReceipt() {
        List<ReturnReceipt.Accepted> instant = ReturnReceipt.instantRefund(RETURN, Map.of(), 2);
        assertThat(instant).singleElement().satisfies(a -> {
            assertThat(a.refundUnits()).isEqualTo(3);
            assertThat(a.refund()).isEqualByComparingTo("50.00");
        });

        ReturnReceipt.Outcome receipt = ReturnReceipt.of(RETURN, List.of(new ReturnReceipt.Line("L1", 3,
                ReceivedCondition.DAMAGED)), Map.of("L1", new ReturnReceipt.Received(0, 3, new BigDecimal("50.00"))),
                2);

        assertThat(receipt.complete()).isTrue();
        assertThat(receipt.accepted()).singleElement().satisfies(a -> {
            assertThat(a.refundUnits()).isZero();
            assertThat(a.refund()).isZero();
        });
        assertThat(ReturnReceipt.instantRefund(RETURN, Map.of("L1", new ReturnReceipt.Received(0, 3,
                new BigDecimal("50.00"))), 2)).as("nothing left to refund").isEmpty();
    }

    @Test
    void theInstantRefundPolicyWeighsAmountAndFlaggedCustomers() {
        InstantRefundPolicy policy = new InstantRefundPolicy(true, new BigDecimal("100.00"),
                java.util.Set.of("Fraud@Example.com"));

        assertThat(policy.allows(new BigDecimal("100.00"), "ann@example.com")).isTrue();
        assertThat(policy.allows(new BigDecimal("100.01"), "ann@example.com")).isFalse();
        assertThat(policy.allows(new BigDecimal("10.00"), " fraud@example.COM ")).isFalse();
        assertThat(new InstantRefundPolicy(false, new BigDecimal("100.00"), null)
                .allows(BigDecimal.ONE, null)).isFalse();
    }

    @Test
    void onlyAuthorizedInTransitOrPartlyReceivedReturnsTakeUnits() {
        assertThat(List.of(ReturnStatus.values())).filteredOn(ReturnReceipt::receiving)
                .containsExactly(ReturnStatus.AUTHORIZED, ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED);
    }
}
