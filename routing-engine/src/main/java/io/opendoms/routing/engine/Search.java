package io.opendoms.routing.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Branch and bound over sets of locations, and within a set over the lines (ADR 0009).
 *
 * <p>Plans are compared by {@link Key}: fewest units unallocated, then fewest shipment-days late, then lowest total
 * cost, then the spec's tie-breaks. For a fixed set of locations every cost is concave in what a location ships
 * (a minimum of straight lines in the billable weight plus a per-unit handling charge), so some optimal
 * allocation is a vertex of the allocation polytope: each line is filled from the set's locations in some order,
 * each giving all it has left until the line is complete. Those fill orders are the only branches per line (with
 * {@code allowLineSplit} off: the whole line at one location), plus leaving the line unallocated.
 *
 * <p>Sets are enumerated by size, singles first, from candidates sorted by their least shipment cost, and cut as
 * soon as the cheapest possible plan of a set is worse than the best plan so far. A node budget bounds the work;
 * when it runs out, the best plan found is improved by local search (swap, drop or add one location) and the
 * result is reported as not proven optimal.
 */
final class Search {

    private final Site[] sites;
    private final int lines;
    private final int[] need;
    private final long[] unitWeight;
    private final int[] sku;
    private final int skus;
    private final boolean split;
    private final int maxShipments;
    private final long splitPenaltyCents;
    private final long latePenaltyCents;
    /** Lines in the order the search allocates them: heaviest first, so that costs show early. */
    private final int[] order;
    private final long budget;
    long nodes;
    boolean exhausted;

    private Key best;
    private Site[] bestMembers;
    private int[][] bestAlloc;

    // the set being searched
    private Site[] members;
    private boolean[] mustUse;
    private int k;
    private int[][] rem;
    private long[] load;
    private long[] units;
    private int[][] alloc;
    private long[] varSuffix;
    private long[] unallocSuffix;
    private int[][][] options;
    private int unallocated;
    private long evalLimit;
    /** Whether an evaluation stopped at its node limit. */
    private boolean cut;

    Search(Site[] sites, int[] need, long[] unitWeight, int[] sku, int skus, RoutingPolicy policy, long budget) {
        this.sites = sites;
        this.lines = need.length;
        this.need = need;
        this.unitWeight = unitWeight;
        this.sku = sku;
        this.skus = skus;
        this.split = policy.allowLineSplit();
        int forced = (int) Arrays.stream(sites).filter(s -> s.forced).count();
        this.maxShipments = Math.max(Math.max(1, policy.maxShipments()), forced);
        this.splitPenaltyCents = (Site.mils(policy.splitPenalty()) + 50) / 100;
        this.latePenaltyCents = (Site.mils(policy.latePenaltyPerDay()) + 50) / 100;
        this.budget = budget;
        Integer[] byWeight = new Integer[lines];
        for (int i = 0; i < lines; i++) {
            byWeight[i] = i;
        }
        Arrays.sort(byWeight, (a, b) -> Long.compare(unitWeight[b] * need[b], unitWeight[a] * need[a]));
        this.order = Arrays.stream(byWeight).mapToInt(Integer::intValue).toArray();
    }

    /** The best plan: its sites and, per site, the units of each line (indexed as the search's lines). */
    record Solution(Key key, Site[] members, int[][] alloc, boolean optimal) {
    }

    Solution run() {
        Site[] forced = Arrays.stream(sites).filter(s -> s.forced).toArray(Site[]::new);
        Site[] free = Arrays.stream(sites).filter(s -> !s.forced).toArray(Site[]::new);
        if (forced.length == 0) {
            best = new Key(Arrays.stream(need).sum(), 0, 0, 0, Long.MIN_VALUE, new String[0]);
            bestMembers = new Site[0];
            bestAlloc = new int[0][];
        }
        greedy(forced, free);
        int globalUnalloc = unallocatedBound(sites);
        long globalVar = 0;
        for (int i = 0; i < lines; i++) {
            globalVar += minVar(sites, i);
        }
        long forcedFixed = 0;
        int forcedLate = 0;
        for (Site s : forced) {
            forcedFixed += s.fixedCents;
            forcedLate += s.late;
        }
        if (forced.length > 0) {
            exact(forced, allTrue(forced.length));
        }
        for (int size = 1; size <= maxShipments - forced.length && !exhausted; size++) {
            combinations(forced, free, new Site[size], 0, 0, forcedFixed, forcedLate, globalUnalloc, globalVar);
        }
        boolean optimal = !exhausted;
        if (exhausted) {
            localSearch(forced, free);
        }
        return new Solution(best, bestMembers, bestAlloc, optimal);
    }

    /** The best plan that uses {@code site} together with any of {@code others} (for the explanation). */
    Solution bestWith(Site site, Site[] others, long limit) {
        best = null;
        Site[] forced = Arrays.stream(sites).filter(s -> s.forced && s != site).toArray(Site[]::new);
        Site[] optional = Arrays.stream(others).filter(s -> !s.forced && s != site).toArray(Site[]::new);
        int slots = maxShipments - forced.length - 1;
        for (int mask = 0; mask < (1 << optional.length); mask++) {
            if (Integer.bitCount(mask) > slots) {
                continue;
            }
            List<Site> set = new ArrayList<>(Arrays.asList(forced));
            set.add(site);
            for (int j = 0; j < optional.length; j++) {
                if ((mask & (1 << j)) != 0) {
                    set.add(optional[j]);
                }
            }
            boolean[] must = new boolean[set.size()];
            for (int j = 0; j <= forced.length; j++) {
                must[j] = true;
            }
            evaluate(set.toArray(Site[]::new), must, nodes + limit);
        }
        return best == null ? null : new Solution(best, bestMembers, bestAlloc, false);
    }

    private void combinations(Site[] forced, Site[] free, Site[] chosen, int filled, int start, long fixed, int late,
                              int globalUnalloc, long globalVar) {
        int size = chosen.length;
        int count = forced.length + size;
        for (int j = start; j <= free.length - (size - filled) && !exhausted; j++) {
            Site s = free[j];
            // candidates are sorted by least cost: the rest of this loop can only cost more
            long bound = fixed + s.fixedCents * (size - filled) + splitPenaltyCents * (count - 1)
                    + latePenaltyCents * late + globalVar;
            if (best != null && best.unallocated <= globalUnalloc && best.late <= late && bound > best.cost) {
                return;
            }
            chosen[filled] = s;
            if (filled + 1 == size) {
                Site[] set = new Site[count];
                System.arraycopy(forced, 0, set, 0, forced.length);
                System.arraycopy(chosen, 0, set, forced.length, size);
                exact(set, allTrue(count));
            } else {
                combinations(forced, free, chosen, filled + 1, j + 1, fixed + s.fixedCents, late + s.late,
                        globalUnalloc, globalVar);
            }
        }
    }

    /** An incumbent before the exact search: add the location covering most of what is still missing. */
    private void greedy(Site[] forced, Site[] free) {
        List<Site> set = new ArrayList<>(Arrays.asList(forced));
        int[] missing = need.clone();
        for (Site s : forced) {
            cover(s, missing);
        }
        while (set.size() < maxShipments) {
            Site pick = null;
            long pickGain = 0;
            for (Site s : free) {
                if (set.contains(s)) {
                    continue;
                }
                long gain = gain(s, missing);
                if (gain > pickGain) {
                    pick = s;
                    pickGain = gain;
                }
            }
            if (pick == null) {
                break;
            }
            set.add(pick);
            cover(pick, missing);
        }
        if (!set.isEmpty()) {
            boolean[] must = new boolean[set.size()];
            Arrays.fill(must, 0, forced.length, true);
            exact(set.toArray(Site[]::new), must);
        }
    }

    private void exact(Site[] set, boolean[] must) {
        cut = false;
        evaluate(set, must, budget);
        exhausted |= cut;
    }

    private long gain(Site s, int[] missing) {
        int[] left = s.stock.clone();
        long gain = 0;
        for (int i = 0; i < lines; i++) {
            if (s.ok[i] && missing[i] > 0) {
                int t = Math.min(missing[i], left[sku[i]]);
                if (split || t == missing[i]) {
                    gain += t;
                    left[sku[i]] -= t;
                }
            }
        }
        return gain;
    }

    private void cover(Site s, int[] missing) {
        int[] left = s.stock.clone();
        for (int i = 0; i < lines; i++) {
            if (s.ok[i] && missing[i] > 0) {
                int t = Math.min(missing[i], left[sku[i]]);
                if (split || t == missing[i]) {
                    missing[i] -= t;
                    left[sku[i]] -= t;
                }
            }
        }
    }

    /** When the budget ran out: swap, drop or add one location of the best plan while that improves it. */
    private void localSearch(Site[] forced, Site[] free) {
        long perMove = Math.max(2_000, budget / 50);
        for (int round = 0; round < 4; round++) {
            Key before = best;
            List<Site> current = new ArrayList<>(Arrays.asList(bestMembers));
            List<Site> optional = current.stream().filter(s -> !s.forced).toList();
            for (Site out : optional) {
                List<Site> without = new ArrayList<>(current);
                without.remove(out);
                tryMove(without, forced.length, perMove);
                for (Site in : free) {
                    if (!current.contains(in)) {
                        List<Site> swapped = new ArrayList<>(without);
                        swapped.add(in);
                        tryMove(swapped, forced.length, perMove);
                    }
                }
            }
            if (current.size() < maxShipments) {
                for (Site in : free) {
                    if (!current.contains(in)) {
                        List<Site> added = new ArrayList<>(current);
                        added.add(in);
                        tryMove(added, forced.length, perMove);
                    }
                }
            }
            if (best == before) {
                return;
            }
        }
    }

    private void tryMove(List<Site> set, int forcedCount, long limit) {
        if (set.isEmpty()) {
            return;
        }
        List<Site> ordered = new ArrayList<>(set.stream().filter(s -> s.forced).toList());
        ordered.addAll(set.stream().filter(s -> !s.forced).toList());
        boolean[] must = new boolean[ordered.size()];
        Arrays.fill(must, 0, forcedCount, true);
        evaluate(ordered.toArray(Site[]::new), must, nodes + limit);
    }

    /** Branch and bound over the lines for one set of locations; {@code must} ones have to ship something. */
    private void evaluate(Site[] set, boolean[] must, long limit) {
        members = set;
        mustUse = must;
        k = set.length;
        rem = new int[k][];
        load = new long[k];
        units = new long[k];
        alloc = new int[k][lines];
        for (int m = 0; m < k; m++) {
            rem[m] = set[m].stock.clone();
            load[m] = set[m].heldWeight;
            units[m] = set[m].heldUnits;
        }
        varSuffix = new long[lines + 1];
        unallocSuffix = new long[lines + 1];
        for (int d = lines - 1; d >= 0; d--) {
            int i = order[d];
            varSuffix[d] = varSuffix[d + 1] + minVar(set, i);
            unallocSuffix[d] = unallocSuffix[d + 1] + unallocatedBound(set, i);
        }
        int maxOptions = (k <= 4 ? factorial(k) : k + 1) + 1;
        options = new int[lines][maxOptions][k];
        unallocated = 0;
        evalLimit = limit;
        branch(0);
    }

    private void branch(int depth) {
        if (++nodes > evalLimit) {
            cut = true;
            return;
        }
        if (pruned(depth)) {
            return;
        }
        if (depth == lines) {
            leaf();
            return;
        }
        int i = order[depth];
        int count = options(depth, i);
        int[][] opts = options[depth];
        long[] delta = new long[count];
        for (int o = 0; o < count; o++) {
            delta[o] = delta(opts[o], i);
        }
        // cheapest first, leaving the line unallocated (always the last option) last
        Integer[] byDelta = new Integer[count - 1];
        for (int o = 0; o < count - 1; o++) {
            byDelta[o] = o;
        }
        Arrays.sort(byDelta, (a, b) -> Long.compare(delta[a], delta[b]));
        for (int n = 0; n < count && nodes <= evalLimit; n++) {
            int[] vec = opts[n == count - 1 ? count - 1 : byDelta[n]];
            int given = apply(vec, i, 1);
            unallocated += need[i] - given;
            branch(depth + 1);
            unallocated -= need[i] - given;
            apply(vec, i, -1);
        }
    }

    private int apply(int[] vec, int i, int sign) {
        int given = 0;
        for (int m = 0; m < k; m++) {
            int q = vec[m];
            if (q != 0) {
                rem[m][sku[i]] -= sign * q;
                load[m] += sign * q * unitWeight[i];
                units[m] += sign * q;
                alloc[m][i] += sign * q;
                given += q;
            }
        }
        return given;
    }

    private long delta(int[] vec, int i) {
        long d = 0;
        for (int m = 0; m < k; m++) {
            if (vec[m] != 0) {
                long before = units[m] == 0 ? 0 : members[m].costCents(load[m], units[m]);
                d += members[m].costCents(load[m] + vec[m] * unitWeight[i], units[m] + vec[m]) - before;
            }
        }
        return d;
    }

    /** The fill orders of line {@code i} over the set (distinct ones), then "leave it unallocated". */
    private int options(int depth, int i) {
        int[][] opts = options[depth];
        int count = 0;
        if (!split) {
            for (int m = 0; m < k; m++) {
                if (members[m].ok[i] && rem[m][sku[i]] >= need[i]) {
                    Arrays.fill(opts[count], 0);
                    opts[count++][m] = need[i];
                }
            }
        } else if (k <= 4) {
            for (int[] perm : Permutations.of(k)) {
                count = fill(opts, count, perm, i);
            }
        } else {
            for (int m = 0; m < k; m++) {
                int[] first = new int[k];
                first[0] = m;
                for (int j = 1, o = 0; j < k; o++) {
                    if (o != m) {
                        first[j++] = o;
                    }
                }
                count = fill(opts, count, first, i);
            }
        }
        Arrays.fill(opts[count], 0);
        return count + 1;
    }

    private int fill(int[][] opts, int count, int[] perm, int i) {
        int[] vec = opts[count];
        Arrays.fill(vec, 0);
        int left = need[i];
        for (int m : perm) {
            if (left == 0) {
                break;
            }
            if (members[m].ok[i]) {
                int t = Math.min(left, rem[m][sku[i]]);
                vec[m] = t;
                left -= t;
            }
        }
        if (left == need[i]) {
            return count;
        }
        for (int o = 0; o < count; o++) {
            if (Arrays.equals(opts[o], vec)) {
                return count;
            }
        }
        return count + 1;
    }

    private boolean pruned(int depth) {
        if (best == null) {
            return false;
        }
        long unallocBound = unallocated + unallocSuffix[depth];
        if (unallocBound != best.unallocated) {
            return unallocBound > best.unallocated;
        }
        int late = 0;
        int used = 0;
        long cost = varSuffix[depth];
        for (int m = 0; m < k; m++) {
            if (units[m] > 0) {
                late += members[m].late;
                used++;
                cost += members[m].costCents(load[m], units[m]);
            } else if (mustUse[m]) {
                late += members[m].late;
                used++;
                cost += members[m].fixedCents;
            }
        }
        if (late != best.late) {
            return late > best.late;
        }
        cost += splitPenaltyCents * Math.max(0, used - 1) + latePenaltyCents * late;
        return cost > best.cost;
    }

    private void leaf() {
        int late = 0;
        int used = 0;
        long cost = 0;
        long latest = Long.MIN_VALUE;
        for (int m = 0; m < k; m++) {
            if (units[m] > 0) {
                late += members[m].late;
                used++;
                cost += members[m].costCents(load[m], units[m]);
                latest = Math.max(latest, members[m].deliveryDate(load[m]).toEpochDay());
            } else if (mustUse[m]) {
                return;
            }
        }
        cost += splitPenaltyCents * Math.max(0, used - 1) + latePenaltyCents * late;
        String[] ids = new String[used];
        for (int m = 0, j = 0; m < k; m++) {
            if (units[m] > 0) {
                ids[j++] = members[m].location.id();
            }
        }
        Arrays.sort(ids);
        Key key = new Key(unallocated, late, cost, used, latest, ids);
        if (best == null || key.compareTo(best) < 0) {
            best = key;
            List<Site> usedSites = new ArrayList<>();
            List<int[]> usedAlloc = new ArrayList<>();
            for (int m = 0; m < k; m++) {
                if (units[m] > 0) {
                    usedSites.add(members[m]);
                    usedAlloc.add(alloc[m].clone());
                }
            }
            bestMembers = usedSites.toArray(Site[]::new);
            bestAlloc = usedAlloc.toArray(int[][]::new);
        }
    }

    /** The least a line adds to any plan of these sites, in cents (rounding can take off a cent per charge). */
    private long minVar(Site[] set, int i) {
        long min = Long.MAX_VALUE;
        for (Site s : set) {
            if (s.ok[i]) {
                long handling = s.perUnitMils * need[i] / 100 - 1;
                long extraHalves = Math.max(0, (2 * unitWeight[i] * need[i]) / 10_000 - 1);
                long shipping = s.minPerKgMils * extraHalves / 200 - 1;
                min = Math.min(min, Math.max(0, handling) + Math.max(0, shipping));
            }
        }
        return min == Long.MAX_VALUE ? 0 : min;
    }

    private int unallocatedBound(Site[] set) {
        int total = 0;
        for (int i = 0; i < lines; i++) {
            total += unallocatedBound(set, i);
        }
        return total;
    }

    /** Units of line {@code i} these sites cannot ship whatever else is planned. */
    private int unallocatedBound(Site[] set, int i) {
        if (split) {
            long available = 0;
            for (Site s : set) {
                if (s.ok[i]) {
                    available += s.stock[sku[i]];
                }
            }
            return (int) Math.max(0, need[i] - available);
        }
        for (Site s : set) {
            if (s.ok[i] && s.stock[sku[i]] >= need[i]) {
                return 0;
            }
        }
        return need[i];
    }

    private static boolean[] allTrue(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    private static int factorial(int n) {
        int f = 1;
        for (int i = 2; i <= n; i++) {
            f *= i;
        }
        return f;
    }

    /**
     * How plans compare: fewer units unallocated, fewer shipment-days late, lower total, fewer shipments, earlier
     * latest delivery, lexicographically smaller sorted location ids.
     */
    record Key(int unallocated, int late, long cost, int shipments, long latestDelivery, String[] ids)
            implements Comparable<Key> {

        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(unallocated, o.unallocated);
            if (c == 0) {
                c = Integer.compare(late, o.late);
            }
            if (c == 0) {
                c = Long.compare(cost, o.cost);
            }
            if (c == 0) {
                c = Integer.compare(shipments, o.shipments);
            }
            if (c == 0) {
                c = Long.compare(latestDelivery, o.latestDelivery);
            }
            return c != 0 ? c : Arrays.compare(ids, o.ids);
        }
    }
}
