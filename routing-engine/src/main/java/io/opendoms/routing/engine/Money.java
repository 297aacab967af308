package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private Money() {
    }
}
