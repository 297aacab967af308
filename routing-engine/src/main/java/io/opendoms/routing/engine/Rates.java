package io.opendoms.routing.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy's carrier services and handling charges in the search's integer units, and the delivery dates of
 * its transit times, for one decision. A decision looks at a few hundred candidate locations that share a handful
 * of zones, ship dates and location types: each conversion is done once here rather than once per location
 * ({@link Site}).
 */
final class Rates {

    final RoutingPolicy policy;
    final LocalDate deadline;
    final List<CarrierService> services;
    /** Per service: the first service of the same carrier and name (services match by name in dominance). */
    final int[] nameId;
    /** Per service: its place in the order of carrier, then service name (ties in the policy's order). */
    final int[] rank;
    /** Per zone 1..8, per service: twice the base, per kg (zone-rated services; computed when first asked for). */
    private final long[][] twiceBaseByZone = new long[RoutingPolicy.ZONES + 1][];
    private final long[][] perKgByZone = new long[RoutingPolicy.ZONES + 1][];
    private final int[][] transitByZone = new int[RoutingPolicy.ZONES + 1][];
    /** Per distance-rated service: base and per km in mils. */
    private final long[] baseMils;
    private final long[] perKmMils;
    private final Map<LocationType, long[]> handlingByType = new EnumMap<>(LocationType.class);
    /** Per ship date, per transit days: the delivery date and the business days late it makes. */
    private final Map<LocalDate, Dates> dates = new HashMap<>();

    Rates(RoutingPolicy policy, LocalDate deadline) {
        this.policy = policy;
        this.deadline = deadline;
        this.services = policy.services();
        int n = services.size();
        nameId = new int[n];
        String[] names = new String[n];
        for (int s = 0; s < n; s++) {
            names[s] = services.get(s).carrier() + " " + services.get(s).service();
            nameId[s] = s;
            for (int t = 0; t < s; t++) {
                if (names[t].equals(names[s])) {
                    nameId[s] = nameId[t];
                    break;
                }
            }
        }
        List<Integer> byName = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            byName.add(s);
        }
        byName.sort((a, b) -> {
            int c = services.get(a).carrier().compareTo(services.get(b).carrier());
            return c != 0 ? c : services.get(a).service().compareTo(services.get(b).service());
        });
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byName.get(r)] = r;
        }
        baseMils = new long[n];
        perKmMils = new long[n];
        for (int s = 0; s < n; s++) {
            if (services.get(s) instanceof DistanceRatedService d) {
                baseMils[s] = Site.mils(d.base());
                perKmMils[s] = Site.mils(d.perKm());
            }
        }
    }

    long twiceBaseMils(int service, int zone) {
        prepareZone(zone);
        return twiceBaseByZone[zone][service];
    }

    long perKgMils(int service, int zone) {
        prepareZone(zone);
        return perKgByZone[zone][service];
    }

    int transitDays(int service, int zone) {
        prepareZone(zone);
        return transitByZone[zone][service];
    }

    private void prepareZone(int zone) {
        if (twiceBaseByZone[zone] != null) {
            return;
        }
        int n = services.size();
        long[] base = new long[n];
        long[] perKg = new long[n];
        int[] transit = new int[n];
        for (int s = 0; s < n; s++) {
            if (services.get(s) instanceof ZoneRatedService z) {
                base[s] = 2 * Site.mils(z.baseByZone().get(zone - 1));
                perKg[s] = Site.mils(z.perKgByZone().get(zone - 1));
                transit[s] = z.transitDaysByZone().get(zone - 1);
            }
        }
        perKgByZone[zone] = perKg;
        transitByZone[zone] = transit;
        twiceBaseByZone[zone] = base;
    }

    long baseMils(int service) {
        return baseMils[service];
    }

    long perKmMils(int service) {
        return perKmMils[service];
    }

    /** Per-shipment and per-unit handling of the location, in mils. */
    long[] handling(Location location) {
        if (location.handling() != null) {
            return handlingMils(location.handling());
        }
        return handlingByType.computeIfAbsent(location.type(), type -> handlingMils(policy.handlingFor(type)));
    }

    private static long[] handlingMils(RoutingPolicy.Handling handling) {
        return new long[] {Site.mils(handling.perShipment()), Site.mils(handling.perUnit())};
    }

    LocalDate delivery(LocalDate shipDate, int transitDays) {
        return dates(shipDate).delivery(transitDays);
    }

    int businessDaysLate(LocalDate shipDate, int transitDays) {
        return dates(shipDate).late(transitDays);
    }

    private Dates dates(LocalDate shipDate) {
        Dates d = dates.get(shipDate);
        if (d == null) {
            d = new Dates(shipDate);
            dates.put(shipDate, d);
        }
        return d;
    }

    /** Transit times are 0 to 60 business days (validated); longer ones are counted each time. */
    private final class Dates {
        private static final int KEPT = 61;
        private final LocalDate shipDate;
        private final LocalDate[] delivery = new LocalDate[KEPT];
        private final int[] late = new int[KEPT];

        Dates(LocalDate shipDate) {
            this.shipDate = shipDate;
            Arrays.fill(late, -1);
        }

        LocalDate delivery(int transitDays) {
            if (transitDays < 0 || transitDays >= KEPT) {
                return BusinessCalendar.plusBusinessDays(shipDate, transitDays);
            }
            LocalDate d = delivery[transitDays];
            if (d == null) {
                d = BusinessCalendar.plusBusinessDays(shipDate, transitDays);
                delivery[transitDays] = d;
            }
            return d;
        }

        int late(int transitDays) {
            if (transitDays < 0 || transitDays >= KEPT) {
                return BusinessCalendar.businessDaysLate(deadline, delivery(transitDays));
            }
            if (late[transitDays] < 0) {
                late[transitDays] = BusinessCalendar.businessDaysLate(deadline, delivery(transitDays));
            }
            return late[transitDays];
        }
    }
}
