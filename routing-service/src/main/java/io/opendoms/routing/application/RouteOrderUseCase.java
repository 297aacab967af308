package io.opendoms.routing.application;

public interface RouteOrderUseCase {

    /** Takes the first sourcing decision for a newly received order; a repeated order is ignored. */
    void route(RouteOrderCommand command);
}
