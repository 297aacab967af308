package io.opendoms.order.application;

public interface RecordAllocationUseCase {

    /** Records a settled sourcing decision: which line quantities are backordered. */
    void record(RecordAllocationCommand command);
}
