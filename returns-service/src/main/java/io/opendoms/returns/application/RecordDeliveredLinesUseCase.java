package io.opendoms.returns.application;

public interface RecordDeliveredLinesUseCase {

    void record(RecordDeliveredLinesCommand command);
}
