package io.opendoms.inventory.domain;

public enum ReservationStatus {
    ACTIVE,
    CONSUMED,
    RELEASED
}
