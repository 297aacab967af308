package io.opendoms.routing.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One candidate location of a SHIP order, priced in exact integer arithmetic for the search. Everything that does
 * not depend on what it ships is fixed here: its ship date (cut-off, capacity), zone, the carrier services it may
 * buy and how late each is. Since lateness does not depend on the contents, a shipment from here always buys among
 * the least-late services ({@link #late}), the cheapest of them for its weight: its price is the minimum of
 * straight lines in the billable weight, a concave function, which is what makes consolidation pay and the
 * search's bounds valid.
 *
 * <p>Units: money in 1/10,000 of the currency ("mils") where configured, cents where priced (rounded half up
 * exactly as {@link ShipmentCosting} does); weight in 1/10,000 kg; billable weight in half kilos.
 */
final class Site {

    final Location location;
    /** Its place among the order's candidates, which are made in the order of their location ids. */
    final int index;
    final double distanceKm;
    final int zone;
    /** The first business day it ships (cut-off and capacity applied), and the day it would without capacity. */
    final LocalDate shipDate;
    final LocalDate uncappedShipDate;
    /** Business days late of its least-late services: the same whatever it ships. */
    final int late;
    /** Least-late services, sorted by the spec's tie-breaks after price: transit days, carrier, service. */
    private final long[] twiceBaseMils;
    private final long[] perKgMils;
    private final long[] deliveryDays;
    /** Per service: which of the policy's services it is, by carrier and name ({@link Rates#nameId}). */
    private final int[] nameIds;
    final long perShipmentMils;
    final long perUnitMils;
    final long minPerKgMils;

    /** Per line of the search: whether it may ship the line, and per SKU what it has available. */
    boolean[] ok;
    int[] stock;
    /** Held for this order here: already part of its shipment whatever the search decides. */
    long heldWeight;
    int heldUnits;
    boolean forced;
    /** The lines it may ship as bits (the first 64), and its stock of each SKU up to what the order needs, summed. */
    private long okBits;
    private long usefulStock;

    /** Sums up {@link #ok} and {@link #stock} for {@link #dominatedBy}. */
    void summarise(int[] needBySku) {
        okBits = 0;
        for (int i = 0; i < ok.length && i < 64; i++) {
            if (ok[i]) {
                okBits |= 1L << i;
            }
        }
        usefulStock = 0;
        for (int s = 0; s < stock.length; s++) {
            usefulStock += Math.min(stock[s], needBySku[s]);
        }
    }

    /**
     * The least any shipment from here costs, in cents: half a kilo and the per-shipment handling (plus what is
     * held); the lines add their units' handling and weight on top.
     */
    long fixedCents;

    Site(Location location, int index, double distanceKm, int zone, LocalDate shipDate, LocalDate uncappedShipDate,
         Rates rates) {
        this.location = location;
        this.index = index;
        this.distanceKm = distanceKm;
        this.zone = zone;
        this.shipDate = shipDate;
        this.uncappedShipDate = uncappedShipDate;
        int n = rates.services.size();
        int[] service = new int[n];
        long[] base = new long[n];
        long[] perKg = new long[n];
        int[] days = new int[n];
        int[] lateness = new int[n];
        int options = 0;
        int leastLate = Integer.MAX_VALUE;
        for (int s = 0; s < n; s++) {
            switch (rates.services.get(s)) {
                case ZoneRatedService z -> {
                    base[options] = rates.twiceBaseMils(s, zone);
                    perKg[options] = rates.perKgMils(s, zone);
                    days[options] = rates.transitDays(s, zone);
                }
                case DistanceRatedService d -> {
                    if (!d.originTypes().contains(location.type()) || distanceKm > d.maxDistanceKm()) {
                        continue;
                    }
                    long tenthsKm = Math.round(distanceKm * 10);
                    // base + perKm × km in 1/100,000, rounded half up to cents, as ShipmentCosting does
                    long cents = (rates.baseMils(s) * 10 + rates.perKmMils(s) * tenthsKm + 500) / 1000;
                    base[options] = cents * 200;
                    perKg[options] = 0;
                    days[options] = d.transitDays();
                }
            }
            service[options] = s;
            lateness[options] = rates.businessDaysLate(shipDate, days[options]);
            leastLate = Math.min(leastLate, lateness[options]);
            options++;
        }
        this.late = leastLate;
        // the least-late services, by transit days, carrier, service (a stable order: the policy's on ties)
        int[] kept = new int[options];
        int k = 0;
        for (int o = 0; o < options; o++) {
            if (lateness[o] == leastLate) {
                int j = k++;
                while (j > 0 && (days[kept[j - 1]] > days[o]
                        || days[kept[j - 1]] == days[o] && rates.rank[service[kept[j - 1]]] > rates.rank[service[o]])) {
                    kept[j] = kept[j - 1];
                    j--;
                }
                kept[j] = o;
            }
        }
        twiceBaseMils = new long[k];
        perKgMils = new long[k];
        deliveryDays = new long[k];
        nameIds = new int[k];
        long minPerKg = Long.MAX_VALUE;
        for (int i = 0; i < k; i++) {
            int o = kept[i];
            twiceBaseMils[i] = base[o];
            perKgMils[i] = perKg[o];
            deliveryDays[i] = rates.delivery(shipDate, days[o]).toEpochDay();
            nameIds[i] = rates.nameId[service[o]];
            minPerKg = Math.min(minPerKg, perKg[o]);
        }
        this.minPerKgMils = k == 0 ? 0 : minPerKg;
        long[] handling = rates.handling(location);
        this.perShipmentMils = handling[0];
        this.perUnitMils = handling[1];
    }

    boolean canShip() {
        return twiceBaseMils.length > 0;
    }

    /** Billable half kilos of a weight in 1/10,000 kg: rounded up, at least one. */
    static long halves(long weight) {
        return Math.max(1, (2 * weight + 9_999) / 10_000);
    }

    /** The service a shipment of this weight buys: the cheapest least-late one (first on a price tie). */
    int service(long halves) {
        int best = 0;
        long bestPrice = price(0, halves);
        for (int i = 1; i < twiceBaseMils.length; i++) {
            long p = price(i, halves);
            if (p < bestPrice) {
                best = i;
                bestPrice = p;
            }
        }
        return best;
    }

    /**
     * Prices by billable half kilos up to the heaviest shipment the order can make, plus one (0: not computed
     * yet): the search prices the same few weights over and over.
     */
    private long[] shippingMemo = new long[0];

    /** Remembers the price of each weight up to {@code maxHalves} once it is first asked for. */
    void memoizeShipping(long maxHalves) {
        if (maxHalves < 1 << 16 && maxHalves >= shippingMemo.length) {
            shippingMemo = new long[(int) maxHalves + 1];
        }
    }

    long shippingCents(long halves) {
        if (halves < shippingMemo.length) {
            long known = shippingMemo[(int) halves];
            if (known != 0) {
                return known - 1;
            }
            long cents = cheapest(halves);
            shippingMemo[(int) halves] = cents + 1;
            return cents;
        }
        return cheapest(halves);
    }

    private long cheapest(long halves) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < twiceBaseMils.length; i++) {
            best = Math.min(best, price(i, halves));
        }
        return best;
    }

    long handlingCents(long units) {
        return (perShipmentMils + perUnitMils * units + 50) / 100;
    }

    /** Shipping + handling of a shipment of this weight and number of units, in cents. */
    long costCents(long weight, long units) {
        return shippingCents(halves(weight)) + handlingCents(units);
    }

    /** The day a shipment of this weight arrives, as an epoch day. */
    long deliveryDay(long weight) {
        return deliveryDays[service(halves(weight))];
    }

    /** base + perKg × halves / 2, in cents rounded half up. */
    private long price(int i, long halves) {
        return (twiceBaseMils[i] + perKgMils[i] * halves + 100) / 200;
    }

    /**
     * Whether this site is never better than {@code other} in a plan: {@code other} can ship everything this one
     * can, is no later, and when as late, no dearer for any weight, delivers no later, and sorts first. Only
     * sound when {@code other} is not already in the plan, which is why a site needs several such dominators
     * before the search drops it.
     */
    boolean dominatedBy(Site other, int[] needBySku) {
        if (other.late > late || other.forced || !other.canShip()) {
            return false;
        }
        // necessary conditions of the stock tests below, in a few operations
        if ((okBits & ~other.okBits) != 0 || other.usefulStock < usefulStock) {
            return false;
        }
        if (other.late == late && (other.perShipmentMils > perShipmentMils || other.perUnitMils > perUnitMils)) {
            return false;
        }
        // the cheap tests first: most pairs fail on stock
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] && !other.ok[i]) {
                return false;
            }
        }
        for (int s = 0; s < stock.length; s++) {
            if (Math.min(other.stock[s], needBySku[s]) < Math.min(stock[s], needBySku[s])) {
                return false;
            }
        }
        return other.late < late
                || other.index < index && other.pricesNoHigher(this); // indices follow the ids
    }

    /** Every least-late service of {@code other} is here too, no dearer and arriving no later. */
    private boolean pricesNoHigher(Site other) {
        for (int j = 0; j < other.nameIds.length; j++) {
            boolean matched = false;
            for (int i = 0; i < nameIds.length && !matched; i++) {
                matched = nameIds[i] == other.nameIds[j] && twiceBaseMils[i] <= other.twiceBaseMils[j]
                        && perKgMils[i] <= other.perKgMils[j] && deliveryDays[i] <= other.deliveryDays[j];
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    /** Money in 1/10,000 of the currency; configurations have at most four decimals ({@link RoutingPolicy#validate}). */
    static long mils(BigDecimal amount) {
        return amount.movePointRight(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Weight in 1/10,000 kg, rounded up so that the billable weight is never under-counted. */
    static long weight(BigDecimal kg) {
        return kg.movePointRight(4).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
