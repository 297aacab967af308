package io.opendoms.inventory.application;

public interface ReleaseUnitsTakenOffUseCase {

    /** Releases what is still reserved for the order's lines at the location, up to the quantities handed back. */
    void release(ReleaseUnitsTakenOffCommand command);
}
