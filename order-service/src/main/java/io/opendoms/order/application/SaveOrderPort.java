package io.opendoms.order.application;

import io.opendoms.order.domain.Order;

public interface SaveOrderPort {

    /** Stores a new order and its timeline entries. */
    void create(Order order);

    /**
     * Stores the changes of a loaded order and appends its new timeline entries; fails with an optimistic
     * locking exception when another transaction changed the order since it was loaded.
     */
    void update(Order order);
}
