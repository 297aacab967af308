package io.opendoms.routing.application;

public interface HandleUnfilledUseCase {

    /** Never asks that location for those lines of the order again, and sources the units elsewhere. */
    void handle(HandleUnfilledCommand command);
}
