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
import org.springframework.transaction.annotation.Transactional;

@Service
class PlaceOrderService implements PlaceOrderUseCase {

    private final ClaimIdempotencyKeyPort idempotencyKeys;
    private final LoadOrderPort loadOrder;
    private final SaveOrderPort saveOrder;
    private final PublishOrderEventsPort events;
    private final HoldRulesPort holdRules;
    private final CheckPostalCodePort postalCodes;
    private final Clock clock;

    PlaceOrderService(ClaimIdempotencyKeyPort idempotencyKeys, LoadOrderPort loadOrder, SaveOrderPort saveOrder,
                      PublishOrderEventsPort events, HoldRulesPort holdRules, CheckPostalCodePort postalCodes,
                      Clock clock) {
        this.holdRules = holdRules;
        this.postalCodes = postalCodes;
        this.idempotencyKeys = idempotencyKeys;
        this.loadOrder = loadOrder;
        this.saveOrder = saveOrder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PlacedOrder place(PlaceOrderCommand command) {
        NewOrder request = validate(command);
        String fingerprint = RequestFingerprint.of(request);
        // the database's precision, so that the order read back later is the order answered now
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID orderId = UUID.randomUUID();
        Optional<IdempotencyRecord> earlier = idempotencyKeys.claim(command.clientId(), command.idempotencyKey(),
                fingerprint, orderId, now);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint, command);
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
