package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.CheckoutHold;

public interface PlaceHoldUseCase {

    /**
     * Reserves every line for the TTL, all or nothing, each stock row by one conditional update (in key order), with
     * its ledger movement, a {@code StockChanged} per row and {@code HoldPlaced}; one-line holds without a key are
     * placed together with the others of their row that arrive meanwhile (one lock and one commit for all of them,
     * each hold still all or nothing). A key used before with the same request answers that hold (as it is now) and
     * reserves nothing.
     *
     * @throws io.opendoms.inventory.domain.InvalidTtlException for a TTL outside the configured bounds
     * @throws UnknownStockException for unknown SKUs or an unknown location
     * @throws InactiveLocationException when the location asked for is not active
     * @throws HoldShortException when a line cannot be covered; nothing was reserved
     * @throws IdempotencyKeyReusedException when the key was used for another request
     */
    Placed place(PlaceHoldCommand command);

    /** The hold, and whether it was placed before under the same key. */
    record Placed(CheckoutHold hold, boolean replayed) {
    }
}
