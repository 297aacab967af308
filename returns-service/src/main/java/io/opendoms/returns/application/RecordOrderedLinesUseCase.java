package io.opendoms.returns.application;

public interface RecordOrderedLinesUseCase {

    void record(RecordOrderedLinesCommand command);
}
