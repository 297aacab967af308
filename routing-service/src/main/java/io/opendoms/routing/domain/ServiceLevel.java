package io.opendoms.routing.domain;

public enum ServiceLevel {
    STANDARD, EXPRESS, NEXT_DAY, SAME_DAY
}
