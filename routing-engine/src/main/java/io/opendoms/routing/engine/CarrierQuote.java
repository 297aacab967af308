package io.opendoms.routing.engine;

import java.math.BigDecimal;

public record CarrierQuote(String carrier, String service, BigDecimal price, int transitDays) {
}
