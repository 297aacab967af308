package io.opendoms.inventory.domain;

public enum LocationType {
    DISTRIBUTION_CENTER,
    STORE,
    DARK_STORE,
    THIRD_PARTY_LOGISTICS
}
