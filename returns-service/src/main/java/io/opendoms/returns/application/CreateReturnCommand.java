package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnMethod;
import java.util.List;
import java.util.UUID;

/** A return asked for by a channel ({@code visibleChannel} null: ops, who may return any channel's order). */
public record CreateReturnCommand(UUID orderId, String visibleChannel, ReturnMethod method, String storeLocationId,
                                  List<Line> lines) {

    public CreateReturnCommand {
        lines = List.copyOf(lines);
    }

    public record Line(String lineId, int quantity, String reason) {
    }
}
