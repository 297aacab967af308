package io.opendoms.returns.application;

import io.opendoms.returns.domain.LineDelivery;
import io.opendoms.returns.domain.ReturnableLine;
import java.util.UUID;

/**
 * Writes the two halves of a line, each owned by its own event, without reading the line first: the order's
 * facts and the deliveries are recorded by concurrent listeners, and neither may overwrite what the other wrote.
 * Either creates the line when the other has not yet.
 */
public interface RecordReturnableLinePort {

    /** Sets what the order says of the line (sku, price, currency, ordered quantity, channel), nothing else. */
    void recordOrdered(ReturnableLine line);

    /** Adds one fulfillment order's delivery of the line; a delivery already recorded for it changes nothing. */
    void recordDelivered(UUID orderId, String lineId, String sku, LineDelivery delivery);
}
