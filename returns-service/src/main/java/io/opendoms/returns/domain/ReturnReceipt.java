package io.opendoms.returns.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Units of a return received at a location, checked against what the return authorized and what earlier receipts
 * took, and what they refund: a line's refund is its authorized refund × units received so far / units authorized
 * (half up to the currency's scale), less what earlier receipts refunded, so that the parts add up to the whole.
 */
public final class ReturnReceipt {

    /** One line of a receipt as reported. */
    public record Line(String lineId, int quantity, ReceivedCondition condition) {
    }

    /**
     * What happened to a line before: units received, and units and amount refunded (at receipt, or all of them at
     * once by an instant refund on the label's first scan).
     */
    public record Received(int quantity, int refundedUnits, BigDecimal refunded) {

        static final Received NOTHING = new Received(0, 0, BigDecimal.ZERO);
    }

    /** A line of the receipt, accepted: its SKU, and the units and amount it refunds (none if refunded before). */
    public record Accepted(String lineId, String sku, int quantity, ReceivedCondition condition, int refundUnits,
                           BigDecimal refund) {
    }

    /** A reported line the return cannot take: its index in the report and why. */
    public record Problem(int index, String field, String message) {
    }

    /**
     * The receipt of {@code lines} for {@code authorization}, given what earlier receipts took per line; either
     * the accepted lines, or every problem.
     */
    public record Outcome(List<Accepted> accepted, List<Problem> problems, boolean complete) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public BigDecimal refund() {
            return accepted.stream().map(Accepted::refund).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static Outcome of(ReturnAuthorization authorization, List<Line> lines, Map<String, Received> earlier,
                             int currencyScale) {
        Map<String, LineDecision> eligible = new LinkedHashMap<>();
        authorization.lines().stream().filter(LineDecision::eligible).forEach(l -> eligible.putIfAbsent(l.lineId(), l));
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> taking = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            LineDecision authorized = eligible.get(line.lineId());
            if (authorized == null) {
                problems.add(new Problem(i, "lineId", "the return has no eligible line " + line.lineId()));
                continue;
            }
            int before = earlier.getOrDefault(line.lineId(), Received.NOTHING).quantity();
            int after = taking.getOrDefault(line.lineId(), before) + line.quantity();
            if (after > authorized.quantity()) {
                problems.add(new Problem(i, "quantity", "at most %d more of line %s can be received".formatted(
                        Math.max(0, authorized.quantity() - taking.getOrDefault(line.lineId(), before)),
                        line.lineId())));
                continue;
            }
            taking.put(line.lineId(), after);
        }
        if (!problems.isEmpty()) {
            return new Outcome(List.of(), problems, false);
        }
        List<Accepted> accepted = new ArrayList<>();
        Map<String, Received> running = new LinkedHashMap<>(earlier);
        for (Line line : lines) {
            LineDecision authorized = eligible.get(line.lineId());
            Received before = running.getOrDefault(line.lineId(), Received.NOTHING);
            int received = before.quantity() + line.quantity();
            // units received that no refund covered yet (an instant refund covered them all already)
            int refundUnits = Math.max(0, Math.min(received, authorized.quantity()) - before.refundedUnits());
            BigDecimal refund = refundUnits == 0 ? BigDecimal.ZERO.setScale(currencyScale)
                    : share(authorized, before.refundedUnits() + refundUnits, currencyScale)
                            .subtract(before.refunded()).max(BigDecimal.ZERO);
            running.put(line.lineId(), new Received(received, before.refundedUnits() + refundUnits,
                    before.refunded().add(refund)));
            accepted.add(new Accepted(line.lineId(), authorized.sku(), line.quantity(), line.condition(), refundUnits,
                    refund));
        }
        boolean complete = eligible.values().stream().allMatch(l -> running.getOrDefault(l.lineId(),
                Received.NOTHING).quantity() >= l.quantity());
        return new Outcome(accepted, List.of(), complete);
    }

    /** The line's refund for {@code units} of its authorized units (its whole refund for all of them). */
    static BigDecimal share(LineDecision line, int units, int currencyScale) {
        return line.refundAmount().multiply(BigDecimal.valueOf(units))
                .divide(BigDecimal.valueOf(line.quantity()), currencyScale, RoundingMode.HALF_UP);
    }

    /**
     * An instant refund of everything the return authorized that no refund covered yet, per eligible line; empty
     * when everything was refunded.
     */
    public static List<Accepted> instantRefund(ReturnAuthorization authorization, Map<String, Received> earlier,
                                               int currencyScale) {
        List<Accepted> refunds = new ArrayList<>();
        for (LineDecision line : authorization.lines()) {
            if (!line.eligible()) {
                continue;
            }
            Received before = earlier.getOrDefault(line.lineId(), Received.NOTHING);
            int units = line.quantity() - before.refundedUnits();
            if (units > 0) {
                refunds.add(new Accepted(line.lineId(), line.sku(), units, null, units,
                        line.refundAmount().subtract(before.refunded()).max(BigDecimal.ZERO)
                                .setScale(currencyScale, RoundingMode.HALF_UP)));
            }
        }
        return refunds;
    }

    /** A return can take units while it is authorized, on its way or partly received. */
    public static boolean receiving(ReturnStatus status) {
        return status == ReturnStatus.AUTHORIZED || status == ReturnStatus.IN_TRANSIT
                || status == ReturnStatus.RECEIVED;
    }

    private ReturnReceipt() {
    }
}
