package io.opendoms.inventory.application;

public interface AdjustStockUseCase {

    /**
     * Applies every adjustment or none, each recorded in the ledger; returns the resulting stock of each row
     * touched. A key used before with the same adjustments answers its first result and applies nothing.
     *
     * @throws UnknownStockException for unknown locations or SKUs
     * @throws AdjustmentsRejectedException when on hand would go negative (or beyond the maximum) on some lines
     * @throws IdempotencyKeyReusedException when the key was used for other adjustments
     */
    AdjustedStock adjust(AdjustStockCommand command);
}
