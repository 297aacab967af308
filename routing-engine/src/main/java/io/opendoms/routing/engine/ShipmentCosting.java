package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prices one location's shipment under a {@link RoutingPolicy}: billable weight, zone, carrier rate shopping,
 * handling, ship and delivery dates. Shared by every planner so that all of them cost plans the same way.
 */
public final class ShipmentCosting {

    private static final BigDecimal HALF_KG = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final RoutingPolicy policy;

    public ShipmentCosting(RoutingPolicy policy) {
        this.policy = policy;
    }

    /** Sum of item weight × quantity, rounded up to the next 0.5 kg, at least 0.5 kg. */
    public static BigDecimal billableKg(List<OrderLine> lines, Network network) {
        BigDecimal kg = lines.stream()
                .map(l -> network.item(l.sku()).weightKg().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal halves = kg.multiply(TWO).setScale(0, RoundingMode.CEILING);
        return halves.divide(TWO).max(HALF_KG).setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * Distances are rounded to 0.1 km before they are used for zones and per-km prices, so that a plan can be
     * recomputed by hand from the distance it reports.
     */
    public static double roundedKm(double km) {
        return BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The cheapest carrier service that delivers by {@code deadline} (ties: fewer transit days, then carrier and
     * service name); when none can, the least late one, and the shipment is marked late. Ships on the location's
     * ship date as of {@code at} ({@link BusinessCalendar#shipDate}).
     */
    public Shipment ship(Location origin, List<OrderLine> lines, double distanceKm, Instant at, LocalDate deadline,
                         Network network) {
        return ship(origin, lines, distanceKm, BusinessCalendar.shipDate(origin, at), deadline, network);
    }

    /** As {@link #ship(Location, List, double, Instant, LocalDate, Network)}, on a given ship date. */
    public Shipment ship(Location origin, List<OrderLine> lines, double distanceKm, LocalDate shipDate,
                         LocalDate deadline, Network network) {
        BigDecimal kg = billableKg(lines, network);
        int zone = policy.zone(distanceKm);
        Option best = policy.services().stream()
                .map(s -> s.quote(origin.type(), zone, distanceKm, kg))
                .flatMap(Optional::stream)
                .map(q -> option(q, shipDate, deadline))
                .min(Comparator.comparingInt(Option::lateDays)
                        .thenComparing(o -> o.quote().price())
                        .thenComparingInt(o -> o.quote().transitDays())
                        .thenComparing(o -> o.quote().carrier())
                        .thenComparing(o -> o.quote().service()))
                .orElseThrow(() -> new IllegalStateException("No carrier service ships from " + origin.id()));
        ShipmentCost cost = ShipmentCost.of(best.quote().price(), handling(origin, lines));
        return new Shipment(null, origin.id(), DeliveryMethod.SHIP, lines, best.quote().carrier(),
                best.quote().service(), distanceKm, zone, kg, shipDate, best.deliveryDate(), cost,
                best.lateDays() > 0);
    }

    /** Pickup and curbside: no carrier; the order is promised for the day the location can prepare it. */
    public Shipment pickup(Location origin, DeliveryMethod method, List<OrderLine> lines, Double distanceKm,
                           Instant at, LocalDate deadline) {
        return pickup(origin, method, lines, distanceKm, BusinessCalendar.shipDate(origin, at), deadline);
    }

    /** As {@link #pickup(Location, DeliveryMethod, List, Double, Instant, LocalDate)}, ready on a given day. */
    public Shipment pickup(Location origin, DeliveryMethod method, List<OrderLine> lines, Double distanceKm,
                           LocalDate ready, LocalDate deadline) {
        ShipmentCost cost = ShipmentCost.of(Money.ZERO, handling(origin, lines));
        return new Shipment(null, origin.id(), method, lines, null, null, distanceKm, null, null, ready, ready, cost,
                ready.isAfter(deadline));
    }

    /** Business days a shipment is late against {@code deadline}. */
    public static int lateDays(Shipment shipment, LocalDate deadline) {
        return BusinessCalendar.businessDaysLate(deadline, shipment.promisedDeliveryDate());
    }

    /** Shipping + handling of every shipment, the split penalty per extra shipment and the late penalty. */
    public BigDecimal total(List<Shipment> shipments, LocalDate deadline) {
        BigDecimal sum = shipments.stream().map(s -> s.cost().total()).reduce(Money.ZERO, BigDecimal::add);
        if (shipments.size() > 1) {
            sum = sum.add(policy.splitPenalty().multiply(BigDecimal.valueOf(shipments.size() - 1L)));
        }
        int late = shipments.stream().mapToInt(s -> lateDays(s, deadline)).sum();
        return Money.cents(sum.add(policy.latePenaltyPerDay().multiply(BigDecimal.valueOf(late))));
    }

    private BigDecimal handling(Location origin, List<OrderLine> lines) {
        return policy.handlingFor(origin).cost(lines.stream().mapToInt(OrderLine::quantity).sum());
    }

    private static Option option(CarrierQuote quote, LocalDate shipDate, LocalDate deadline) {
        LocalDate delivery = BusinessCalendar.plusBusinessDays(shipDate, quote.transitDays());
        return new Option(quote, delivery, BusinessCalendar.businessDaysLate(deadline, delivery));
    }

    private record Option(CarrierQuote quote, LocalDate deliveryDate, int lateDays) {
    }
}
