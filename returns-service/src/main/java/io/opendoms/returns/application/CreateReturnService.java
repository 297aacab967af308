package io.opendoms.returns.application;

import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.web.NotFoundException;
import io.opendoms.platform.web.UnprocessableException;
import io.opendoms.returns.domain.ItemReturnPolicy;
import io.opendoms.returns.domain.LineDecision;
import io.opendoms.returns.domain.Refusal;
import io.opendoms.returns.domain.RefundPolicy;
import io.opendoms.returns.domain.ReturnAuthorization;
import io.opendoms.returns.domain.ReturnEligibility;
import io.opendoms.returns.domain.ReturnMethod;
import io.opendoms.returns.domain.ReturnStatus;
import io.opendoms.returns.domain.ReturnableLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CreateReturnService implements CreateReturnUseCase {

    static final Set<String> STORE_CAPABILITIES = Set.of("RETURNS", "PICKUP");

    private final LoadReturnableLinesPort lines;
    private final ReturnsPort returns;
    private final ReturnViewsPort views;
    private final LabelProviderPort labels;
    private final RefundPolicy refundPolicy;
    private final Clock clock;
    private final PublishReturnEventsPort events;

    CreateReturnService(LoadReturnableLinesPort lines, ReturnsPort returns, ReturnViewsPort views,
                        LabelProviderPort labels, RefundPolicy refundPolicy, Clock clock,
                        PublishReturnEventsPort events) {
        this.events = events;
        this.lines = lines;
        this.returns = returns;
        this.views = views;
        this.labels = labels;
        this.refundPolicy = refundPolicy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ReturnAuthorization create(CreateReturnCommand command) {
        Map<String, ReturnableLine> ordered = lines.lockByOrderId(command.orderId()).stream()
                .filter(ReturnableLine::isOrderKnown)
                .collect(Collectors.toMap(ReturnableLine::getLineId, Function.identity()));
        String channel = ordered.values().stream().map(ReturnableLine::getChannel).findFirst().orElse(null);
        // another channel's order is answered like an unknown one: no hint that it exists
        if (ordered.isEmpty() || command.visibleChannel() != null && !command.visibleChannel().equals(channel)) {
            throw new NotFoundException("Order " + command.orderId() + " not found.");
        }
        if (command.method() == ReturnMethod.STORE) {
            requireStoreTakingReturns(command.storeLocationId());
        }
        Map<String, ItemReturnPolicy> items = views.items(ordered.values().stream()
                .map(ReturnableLine::getSku).collect(Collectors.toSet()));
        Map<String, Integer> inReturns = new HashMap<>(returns.unitsInReturns(command.orderId()));
        String currency = ordered.values().iterator().next().getCurrency();
        int scale = currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<String> seen = new HashSet<>();
        List<LineDecision> decisions = new ArrayList<>();
        for (CreateReturnCommand.Line asked : command.lines()) {
            ReturnableLine line = ordered.get(asked.lineId());
            String sku = line == null ? null : line.getSku();
            ItemReturnPolicy item = sku == null ? null : items.getOrDefault(sku, ItemReturnPolicy.unknown(sku));
            int already = inReturns.getOrDefault(asked.lineId(), 0);
            Refusal refusal = !seen.add(asked.lineId()) ? Refusal.DUPLICATE_LINE
                    : ReturnEligibility.refusal(line, item, already, asked.quantity(), now);
            if (refusal == null) {
                inReturns.merge(asked.lineId(), asked.quantity(), Integer::sum);
                decisions.add(new LineDecision(asked.lineId(), sku, asked.quantity(), asked.reason(), true, null, null,
                        refundPolicy.refund(line.getUnitPrice(), asked.quantity(), asked.reason(), scale)));
            } else {
                decisions.add(new LineDecision(asked.lineId(), sku, asked.quantity(), asked.reason(), false, refusal,
                        explain(refusal, line, item, already, now), BigDecimal.ZERO.setScale(scale)));
            }
        }
        if (decisions.stream().noneMatch(LineDecision::eligible)) {
            List<FieldError> why = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                why.add(new FieldError("lines[" + i + "]", decisions.get(i).refusal() + ": "
                        + decisions.get(i).refusalDetail()));
            }
            throw new UnprocessableException("No line of the return can be returned.", why);
        }
        UUID id = UUID.randomUUID();
        BigDecimal refund = decisions.stream().map(LineDecision::refundAmount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(scale);
        ReturnAuthorization authorization = new ReturnAuthorization(id, command.orderId(), channel, command.method(),
                command.storeLocationId(), ReturnStatus.AUTHORIZED,
                command.method() == ReturnMethod.MAIL ? labels.labelFor(id, command.orderId()) : null, currency, refund,
                decisions, now, now);
        returns.create(authorization);
        events.authorized(authorization, now);
        return authorization;
    }

    private void requireStoreTakingReturns(String locationId) {
        boolean takes = views.activeLocationCapabilities(locationId)
                .map(capabilities -> capabilities.stream().anyMatch(STORE_CAPABILITIES::contains))
                .orElse(false);
        if (!takes) {
            throw new UnprocessableException("Store " + locationId + " takes no returns.", List.of(new FieldError(
                    "storeLocationId", "must be an active location with the RETURNS or PICKUP capability")));
        }
    }

    private static String explain(Refusal refusal, ReturnableLine line, ItemReturnPolicy item, int already,
                                  Instant now) {
        return switch (refusal) {
            case NOT_IN_ORDER -> "the order has no such line";
            case NOT_DELIVERED -> "nothing of the line was delivered yet";
            case NOT_RETURNABLE -> "item " + item.sku() + " is not returnable";
            case RETURN_WINDOW_CLOSED -> "the " + item.returnWindowDays() + "-day return window closed";
            case QUANTITY_EXCEEDS_RETURNABLE -> "at most " + ReturnEligibility.returnable(line, item, already, now)
                    + " unit(s) can still be returned (" + line.getDeliveredQuantity() + " delivered, " + already
                    + " already returned or in an open return)";
            case DUPLICATE_LINE -> "the line is named twice";
        };
    }
}
