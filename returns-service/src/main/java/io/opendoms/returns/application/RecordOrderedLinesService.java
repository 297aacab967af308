package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;
import java.util.Comparator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RecordOrderedLinesService implements RecordOrderedLinesUseCase {

    private final RecordReturnableLinePort lines;

    RecordOrderedLinesService(RecordReturnableLinePort lines) {
        this.lines = lines;
    }

    @Override
    @Transactional
    public void record(RecordOrderedLinesCommand command) {
        // rows are written in line order, as deliveries write them: writers of one order queue, never deadlock
        command.lines().stream().sorted(Comparator.comparing(RecordOrderedLinesCommand.Line::lineId))
                .forEach(ordered -> {
                    ReturnableLine line = ReturnableLine.unknown(command.orderId(), ordered.lineId(), ordered.sku());
                    line.recordOrdered(ordered.sku(), ordered.quantity(), ordered.unitPrice(), command.currency(),
                            command.channel());
                    lines.recordOrdered(line);
                });
    }
}
