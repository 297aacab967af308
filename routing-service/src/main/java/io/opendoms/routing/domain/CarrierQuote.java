package io.opendoms.routing.domain;

import java.math.BigDecimal;

public record CarrierQuote(String carrier, String service, BigDecimal price, int transitDays) {
}
