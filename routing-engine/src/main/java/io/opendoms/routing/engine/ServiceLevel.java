package io.opendoms.routing.engine;

public enum ServiceLevel {
    STANDARD, EXPRESS, NEXT_DAY, SAME_DAY
}
