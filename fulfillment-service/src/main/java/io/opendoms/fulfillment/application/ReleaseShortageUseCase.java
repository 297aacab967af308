package io.opendoms.fulfillment.application;

public interface ReleaseShortageUseCase {

    /**
     * Takes the released units off the decision's fulfillment orders that nobody picks yet and announces them
     * unfilled (reason SHORTAGE); units already being picked stay (recorded in the history); a release for a
     * fulfillment order not created yet is remembered and applied when it is.
     */
    void release(ReleaseShortageCommand command);
}
