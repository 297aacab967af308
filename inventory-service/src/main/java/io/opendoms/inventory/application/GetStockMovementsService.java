package io.opendoms.inventory.application;

import io.opendoms.inventory.domain.StockKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ledger of one stock row, newest first, so that ops can explain its figures. */
@Service
@Transactional(readOnly = true)
public class GetStockMovementsService {

    private final KnownStockKeys known;
    private final StockLedgerPort ledger;

    GetStockMovementsService(KnownStockKeys known, StockLedgerPort ledger) {
        this.known = known;
        this.ledger = ledger;
    }

    /** @throws io.opendoms.platform.web.NotFoundException for an unknown location or SKU */
    public MovementPage movements(StockKey key, int page, int size) {
        known.require(key);
        return ledger.page(key, page, size);
    }
}
