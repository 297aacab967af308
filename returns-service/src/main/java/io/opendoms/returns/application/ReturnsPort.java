package io.opendoms.returns.application;

import io.opendoms.returns.domain.ReturnAuthorization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public interface ReturnsPort {

    void create(ReturnAuthorization authorization);

    void updateStatus(ReturnAuthorization authorization);

    Optional<ReturnAuthorization> find(UUID id);

    /** The return, its row locked until the transaction ends. */
    Optional<ReturnAuthorization> findForUpdate(UUID id);

    /** Oldest first. */
    List<ReturnAuthorization> byOrder(UUID orderId);

    /** Units per line of the order in eligible lines of returns that still hold them (not cancelled or rejected). */
    Map<String, Integer> unitsInReturns(UUID orderId);
}
