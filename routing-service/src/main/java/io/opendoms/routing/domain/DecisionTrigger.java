package io.opendoms.routing.domain;

/**
 * Why a sourcing decision was taken: the order arrived; inventory could not reserve the previous decision; its
 * location rejected, short-picked or lost (shortage) some units; stock arrived for backordered lines.
 */
public enum DecisionTrigger {
    ORDER_RECEIVED, RESERVATION_FAILED, REJECTED, SHORT_PICKED, SHORTAGE, RESTOCK;

    /** The trigger of units a fulfillment handed back for the reason of {@code fulfillment.unfilled}. */
    public static DecisionTrigger ofUnfilled(String reason) {
        return switch (reason) {
            case "REJECTED" -> REJECTED;
            case "SHORT_PICKED" -> SHORT_PICKED;
            case "SHORTAGE" -> SHORTAGE;
            default -> throw new IllegalArgumentException("Unknown unfilled reason " + reason);
        };
    }
}
