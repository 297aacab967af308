package io.opendoms.routing.engine;

public enum LocationType {
    DISTRIBUTION_CENTER, STORE, DARK_STORE, THIRD_PARTY_LOGISTICS;

    /** Warehouses may ship {@code dcOnly} items; stores may not. */
    public boolean isWarehouse() {
        return this == DISTRIBUTION_CENTER || this == THIRD_PARTY_LOGISTICS;
    }
}
