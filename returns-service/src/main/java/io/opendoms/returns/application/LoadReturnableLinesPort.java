package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnableLine;
import java.util.List;
import java.util.UUID;

public interface LoadReturnableLinesPort {

    List<ReturnableLine> byOrderId(UUID orderId);
}
