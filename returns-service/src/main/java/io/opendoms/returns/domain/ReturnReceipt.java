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

    /** What an earlier receipt took of a line. */
    public record Received(int quantity, BigDecimal refunded) {
    }

    /** A line of the receipt, accepted: its SKU and what it refunds. */
    public record Accepted(String lineId, String sku, int quantity, ReceivedCondition condition, BigDecimal refund) {
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
            int before = earlier.getOrDefault(line.lineId(), new Received(0, BigDecimal.ZERO)).quantity();
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
        Map<String, Integer> runningUnits = new LinkedHashMap<>();
        Map<String, BigDecimal> runningRefund = new LinkedHashMap<>();
        for (Line line : lines) {
            LineDecision authorized = eligible.get(line.lineId());
            Received before = earlier.getOrDefault(line.lineId(), new Received(0, BigDecimal.ZERO));
            int units = runningUnits.getOrDefault(line.lineId(), before.quantity()) + line.quantity();
            BigDecimal refunded = runningRefund.getOrDefault(line.lineId(), before.refunded());
            BigDecimal target = authorized.refundAmount().multiply(BigDecimal.valueOf(units))
                    .divide(BigDecimal.valueOf(authorized.quantity()), currencyScale, RoundingMode.HALF_UP);
            BigDecimal refund = target.subtract(refunded).max(BigDecimal.ZERO).setScale(currencyScale,
                    RoundingMode.HALF_UP);
            runningUnits.put(line.lineId(), units);
            runningRefund.put(line.lineId(), refunded.add(refund));
            accepted.add(new Accepted(line.lineId(), authorized.sku(), line.quantity(), line.condition(), refund));
        }
        boolean complete = eligible.values().stream().allMatch(l -> runningUnits.getOrDefault(l.lineId(),
                earlier.getOrDefault(l.lineId(), new Received(0, BigDecimal.ZERO)).quantity()) >= l.quantity());
        return new Outcome(accepted, List.of(), complete);
    }

    /** A return can take units while it is authorized, on its way or partly received. */
    public static boolean receiving(ReturnStatus status) {
        return status == ReturnStatus.AUTHORIZED || status == ReturnStatus.IN_TRANSIT
                || status == ReturnStatus.RECEIVED;
    }

    private ReturnReceipt() {
    }
}
