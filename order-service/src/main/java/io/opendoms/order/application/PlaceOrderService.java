package io.opendoms.order.application;

import io.opendoms.order.domain.HoldReason;
import io.opendoms.order.domain.InvalidOrderException;
import io.opendoms.order.domain.NewOrder;
import io.opendoms.order.domain.Order;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.UnprocessableException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private final ClaimIdempotencyKeyPort idempotencyKeys;
    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;
    private final PublishOrderEventsPort events;
    private final HoldRulesPort holdRules;
    private final CheckPostalCodePort postalCodes;
    private final CheckoutHoldsService checkoutHolds;
    private final TransactionOperations transactions;
    private final Clock clock;

    PlaceOrderService(ClaimIdempotencyKeyPort idempotencyKeys, LoadOrderPort loadOrder, SaveOrderPort saveOrder,
                      PublishOrderEventsPort events, HoldRulesPort holdRules, CheckPostalCodePort postalCodes,
                      CheckoutHoldsService checkoutHolds, TransactionOperations transactions, Clock clock) {
        this.checkoutHolds = checkoutHolds;
        this.transactions = transactions;
        this.holdRules = holdRules;
        this.postalCodes = postalCodes;
        this.idempotencyKeys = idempotencyKeys;
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Not one transaction: a checkout hold this service has not heard of yet is awaited first (briefly, holding no
     * connection), then the order is captured in one transaction.
     */
    @Override
    public PlacedOrder place(PlaceOrderCommand command) {
        NewOrder request = validate(command);
        Optional<CheckoutHoldsPort.KnownHold> hold = request.reservationId() == null ? Optional.empty()
                : checkoutHolds.await(request.reservationId());
        return transactions.execute(status -> capture(command, request, hold));
    }

    private PlacedOrder capture(PlaceOrderCommand command, NewOrder request, Optional<CheckoutHoldsPort.KnownHold> hold) {
        String fingerprint = RequestFingerprint.of(request);
        // the database's precision, so that the order read back later is the order answered now
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID orderId = UUID.randomUUID();
        Optional<IdempotencyRecord> earlier = idempotencyKeys.claim(command.clientId(), command.idempotencyKey(),
                fingerprint, orderId, now);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint, command);
        }
        if (request.reservationId() != null) {
            requireLive(request.reservationId(), hold, now);
        }
        List<HoldReason> holdReasons = holdRules.current().rules().evaluate(request,
                postalCodes.check(request.shippingAddress().country(), request.shippingAddress().postalCode()));
        Order order = Order.receive(orderId, command.channel(), request, holdReasons, now);
        saveOrder.create(order);
        if (!order.isOnHold()) {
            events.orderReceived(order);
        }
        return new PlacedOrder(order, false);
    }

    /** A new order may only name a checkout hold that lives; the claim of its key rolls back with the refusal. */
    private static void requireLive(UUID holdId, Optional<CheckoutHoldsPort.KnownHold> hold, Instant now) {
        String problem = hold.isEmpty() ? "is not a known checkout hold"
                : hold.get().ended() != null ? "names a checkout hold that has ended (" + hold.get().ended() + ")"
                : !hold.get().liveAt(now) ? "names a checkout hold that has expired" : null;
        if (problem != null) {
            throw new UnprocessableException("The order's checkout hold cannot be used.",
                    List.of(new FieldError("reservationId", problem)));
        }
    }

    private static NewOrder validate(PlaceOrderCommand command) {
        try {
            return command.draft().validate();
        } catch (InvalidOrderException e) {
            throw new UnprocessableException("The order has invalid fields.",
                    e.violations().stream().map(v -> new FieldError(v.field(), v.message())).toList());
        }
    }

    private PlacedOrder replay(IdempotencyRecord earlier, String fingerprint, PlaceOrderCommand command) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new ConflictException("Idempotency-Key '" + command.idempotencyKey()
                    + "' was already used for a different order request.");
        }
        Order order = loadOrder.load(earlier.orderId()).orElseThrow(() -> new IllegalStateException(
                "Idempotency record of key " + command.idempotencyKey() + " names a missing order"));
        return new PlacedOrder(order, true);
    }
}
