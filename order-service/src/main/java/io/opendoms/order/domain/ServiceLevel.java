package io.opendoms.order.domain;

public enum ServiceLevel {
    STANDARD,
    EXPRESS,
    NEXT_DAY,
    SAME_DAY
}
