package io.opendoms.returns.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * What a returned line refunds: unit price × quantity, less the restocking fee (a percentage) of its return reason;
 * reasons without a fee refund in full. Rounded half up to the currency's cents.
 */
public record RefundPolicy(Map<String, BigDecimal> restockingFeePercentByReason) {

    public RefundPolicy {
        restockingFeePercentByReason = restockingFeePercentByReason == null ? Map.of()
                : Map.copyOf(restockingFeePercentByReason);
    }

    public BigDecimal refund(BigDecimal unitPrice, int quantity, String reason, int currencyScale) {
        if (unitPrice == null) {
            return BigDecimal.ZERO.setScale(currencyScale);
        }
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        BigDecimal fee = restockingFeePercentByReason.getOrDefault(reason, BigDecimal.ZERO);
        return gross.multiply(BigDecimal.valueOf(100).subtract(fee)).divide(BigDecimal.valueOf(100))
                .setScale(currencyScale, RoundingMode.HALF_UP);
    }
}
