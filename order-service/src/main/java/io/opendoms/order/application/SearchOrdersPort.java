package io.opendoms.order.application;

public interface SearchOrdersPort {

    /** Newest first. */
    OrderPage search(OrderSearch search);
}
