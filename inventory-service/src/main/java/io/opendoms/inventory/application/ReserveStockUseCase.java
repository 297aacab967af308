package io.opendoms.inventory.application;

public interface ReserveStockUseCase {

    /**
     * In one transaction: reserves every line and appends {@code StockReserved} (plus a {@code StockChanged} per
     * stock row), or reserves nothing and appends {@code ReservationFailed} with the shortages. A decision that
     * already holds reservations is not reserved twice.
     */
    void reserve(ReserveStockCommand command);
}
