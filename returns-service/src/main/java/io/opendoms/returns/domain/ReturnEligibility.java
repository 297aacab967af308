package io.opendoms.returns.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether units of an order line may come back (T1): delivered, a returnable item, within the item's window
 * counted from each delivery (units delivered on different days close on different days), and no more than was
 * delivered within the window less what is already returned or in an open return.
 */
public final class ReturnEligibility {

    private ReturnEligibility() {
    }

    /** Units delivered within the item's window as of {@code now}. */
    static int deliveredWithinWindow(ReturnableLine line, ItemReturnPolicy item, Instant now) {
        Duration window = Duration.ofDays(item.returnWindowDays());
        return line.getDeliveries().stream()
                .filter(d -> !now.isAfter(d.deliveredAt().plus(window)))
                .mapToInt(LineDelivery::quantity)
                .sum();
    }

    /** How many units of the line may still be returned at {@code now}. */
    public static int returnable(ReturnableLine line, ItemReturnPolicy item, int alreadyReturned, Instant now) {
        return Math.max(0, deliveredWithinWindow(line, item, now) - alreadyReturned);
    }

    /** The refusal for {@code requested} units, or null when they may come back. */
    public static Refusal refusal(ReturnableLine line, ItemReturnPolicy item, int alreadyReturned, int requested,
                                  Instant now) {
        if (line == null || !line.isOrderKnown()) {
            return Refusal.NOT_IN_ORDER;
        }
        if (line.getDeliveredQuantity() == 0) {
            return Refusal.NOT_DELIVERED;
        }
        if (!item.returnable()) {
            return Refusal.NOT_RETURNABLE;
        }
        if (deliveredWithinWindow(line, item, now) == 0) {
            return Refusal.RETURN_WINDOW_CLOSED;
        }
        return requested > returnable(line, item, alreadyReturned, now) ? Refusal.QUANTITY_EXCEEDS_RETURNABLE : null;
    }
}
