package io.opendoms.order.application;

import static io.opendoms.order.domain.OrderFixture.aDraft;
import static io.opendoms.order.domain.OrderFixture.withLines;
import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.order.domain.OrderDraft;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    @Test
    void isTheSha256OfTheCanonicalRequest() {
        assertThat(RequestFingerprint.of(aDraft().validate())).matches("[0-9a-f]{64}");
    }

    @Test
    void isTheSameForRequestsThatMeanTheSameOrder() {
        String implicitIds = RequestFingerprint.of(aDraft().validate());
        String explicitIdsAndOtherScale = RequestFingerprint.of(withLines(
                new OrderDraft.LineDraft("1", "SKU-1", 2, new BigDecimal("10.5")),
                new OrderDraft.LineDraft("2", "SKU-2", 1, new BigDecimal("5.000"))).validate());

        assertThat(explicitIdsAndOtherScale).isEqualTo(implicitIds);
    }

    @Test
    void differsWhenAnyValueDiffers() {
        String original = RequestFingerprint.of(aDraft().validate());

        assertThat(RequestFingerprint.of(withLines(
                new OrderDraft.LineDraft(null, "SKU-1", 3, new BigDecimal("10.50")),
                new OrderDraft.LineDraft(null, "SKU-2", 1, new BigDecimal("5"))).validate())).isNotEqualTo(original);
        assertThat(RequestFingerprint.of(withLines(
                new OrderDraft.LineDraft(null, "SKU-2", 1, new BigDecimal("5")),
                new OrderDraft.LineDraft(null, "SKU-1", 2, new BigDecimal("10.50"))).validate()))
                .as("line order matters: it assigns the line ids").isNotEqualTo(original);
    }
}
