package io.opendoms.returns.domain;

import java.math.BigDecimal;

/**
 * What became of one requested line: eligible (with its refund), or refused with the reason and, in words, the
 * figures behind it.
 */
public record LineDecision(String lineId, String sku, int quantity, String reason, boolean eligible,
                           Refusal refusal, String refusalDetail, BigDecimal refundAmount) {
}
