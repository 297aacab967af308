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

    /** Sets up to this size also try fills capped at each member's paid half kilos (see {@link #fill}). */
    private static final int ROOM_CAPPED_MEMBERS = 3;
    /** A line with at most this many splits over a set is tried in every split (see {@link #allSplits}). */
    private static final int ALL_SPLITS = 40;

    private final Site[] sites;
    /** The sites that hold units for the order: every plan uses them. */
    private final Site[] forcedSites;
    /** Buffers of {@link #bestWith}: the forced sites but the one asked about, and the other chosen sites. */
    private final Site[] withForced;
    private final Site[] withOthers;
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
    /** Per member: what it costs with its current load, while a branch orders its options. */
    private long[] costNow;
    private long[] units;
    private int[][] alloc;
    private long[] varSuffix;
    private long[] unallocSuffix;
    private int[][][] options;
    private int unallocated;
    private long evalLimit;
    /** Per site index and line: the least the line adds to that site's shipment, whatever else it ships. */
    private final long[][] lineBound;
    // buffers reused by every evaluation: the search allocates nothing per node
    private final int maxMembers;
    private final int[][] remBuf;
    private final int[][] allocBuf;
    private final int[][][] optionBuf;
    private final long[][] deltaBuf;
    private final int[][] rankBuf;
    private final long[] forcedWeight;
    private final long[] forcedUnits;
    /** Every member must ship something (long enough for any set). */
    private final boolean[] mustAll;
    private final int[] splitBuf;
    /** Per line: what {@link #gather} found. */
    private final int[] gatheredAble;
    private final int[] gatheredOnly;
    private final long[] gatheredSupply;
    private final long[] gatheredLeast;
    private final long[] gatheredPerKg;
    /** Per size: the set {@link #combinations} hands to the search (read only while it is searched). */
    private final Site[][] setBuf;
    /** Lines whose SKU another line of the order shares: their stock is not theirs alone. */
    private final boolean[] sharedSku;
    private final long[] extraHalves;
    /** Per site index: the lines it can ship (some units of; all of them without line splits), as bits. */
    private final long[] reach;
    private final long reachable;
    /** Per site index and line: the units it may ship of the line, before anything is planned. */
    private final int[][] usable;
    /** Whether an evaluation stopped at its node limit. */
    private boolean cut;
    /**
     * Of the sets {@link #combinations} enumerates: the weight of the lines the network can ship in full (every plan
     * as good as the best ships it), and the per-line shipping terms of {@link #globalVar} that the weight bound
     * ({@link #weightBound}) may replace.
     */
    private long enumWeight;
    private long enumPerKg;
    /** Per index into the free sites (sorted by least cost): the least per-kg rate of that site and those after it. */
    private long[] suffixPerKg;

    Search(Site[] sites, int[] need, long[] unitWeight, int[] sku, int skus, RoutingPolicy policy, long budget) {
        this.sites = sites;
        this.lines = need.length;
        this.need = need;
        this.unitWeight = unitWeight;
        this.sku = sku;
        this.skus = skus;
        this.split = policy.allowLineSplit();
        this.forcedSites = Arrays.stream(sites).filter(s -> s.forced).toArray(Site[]::new);
        this.maxShipments = Math.max(Math.max(1, policy.maxShipments()), forcedSites.length);
        this.withForced = new Site[forcedSites.length];
        this.withOthers = new Site[sites.length];
        this.splitPenaltyCents = (Site.mils(policy.splitPenalty()) + 50) / 100;
        this.latePenaltyCents = (Site.mils(policy.latePenaltyPerDay()) + 50) / 100;
        this.budget = budget;
        Integer[] byWeight = new Integer[lines];
        for (int i = 0; i < lines; i++) {
            byWeight[i] = i;
        }
        Arrays.sort(byWeight, (a, b) -> Long.compare(unitWeight[b] * need[b], unitWeight[a] * need[a]));
        this.order = Arrays.stream(byWeight).mapToInt(Integer::intValue).toArray();
        sharedSku = new boolean[lines];
        for (int i = 0; i < lines; i++) {
            for (int j = 0; j < lines; j++) {
                sharedSku[i] |= i != j && sku[i] == sku[j];
            }
        }
        long orderWeight = 0;
        extraHalves = new long[lines];
        for (int i = 0; i < lines; i++) {
            orderWeight += unitWeight[i] * need[i];
            // a whole line raises a shipment's billable weight by at least this many half kilos
            extraHalves[i] = Math.max(0, (2 * unitWeight[i] * need[i] + 9_999) / 10_000 - 1);
        }
        int maxIndex = 0;
        for (Site site : sites) {
            maxIndex = Math.max(maxIndex, site.index);
        }
        lineBound = new long[maxIndex + 1][];
        for (Site site : sites) {
            long top = Site.halves(orderWeight + site.heldWeight);
            site.memoizeShipping(top);
            long[] bound = new long[lines];
            for (int i = 0; i < lines; i++) {
                // prices are concave in the weight, so a whole line adds the least on top of everything else;
                // rounding to cents can take off a cent per charge and price. A line split across sites may
                // add less shipping than the whole line would (each part rounds up on its own): then only
                // its handling, which is linear, counts.
                long shipping = split ? 0
                        : site.shippingCents(top) - site.shippingCents(Math.max(1, top - extraHalves[i])) - 2;
                long handling = site.perUnitMils * need[i] / 100 - 1;
                bound[i] = Math.max(0, shipping) + Math.max(0, handling);
            }
            lineBound[site.index] = bound;
        }
        maxMembers = maxShipments + 1;
        int capped = Math.min(ROOM_CAPPED_MEMBERS, maxMembers);
        int maxOptions = Math.max(Math.max(factorial(Math.min(4, maxMembers)), factorial(capped) << capped),
                Math.max(ALL_SPLITS + 2, maxMembers + 1)) + 1;
        remBuf = new int[maxMembers][skus];
        allocBuf = new int[maxMembers][lines];
        optionBuf = new int[lines][maxOptions][maxMembers];
        deltaBuf = new long[lines][maxOptions];
        rankBuf = new int[lines][maxOptions];
        splitBuf = new int[maxMembers];
        gatheredAble = new int[lines];
        gatheredOnly = new int[lines];
        gatheredSupply = new long[lines];
        gatheredLeast = new long[lines];
        gatheredPerKg = new long[lines];
        setBuf = new Site[maxMembers + 1][];
        for (int n = 0; n <= maxMembers; n++) {
            setBuf[n] = new Site[n];
        }
        mustAll = new boolean[maxMembers];
        Arrays.fill(mustAll, true);
        forcedWeight = new long[maxMembers];
        forcedUnits = new long[maxMembers];
        load = new long[maxMembers];
        costNow = new long[maxMembers];
        units = new long[maxMembers];
        rem = remBuf;
        alloc = allocBuf;
        options = optionBuf;
        varSuffix = new long[lines + 1];
        unallocSuffix = new long[lines + 1];
        reach = new long[maxIndex + 1];
        usable = new int[maxIndex + 1][];
        long all = 0;
        for (Site site : sites) {
            long bits = 0;
            for (int i = 0; i < lines; i++) {
                int stock = site.ok[i] ? site.stock[sku[i]] : 0;
                if (lines > 64 || (stock > 0 && (split || stock >= need[i]))) {
                    bits |= lines > 64 ? -1L : 1L << i;
                }
            }
            reach[site.index] = bits;
            int[] may = new int[lines];
            for (int i = 0; i < lines; i++) {
                may[i] = site.ok[i] ? site.stock[sku[i]] : 0;
            }
            usable[site.index] = may;
            all |= bits;
        }
        reachable = all;
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
        long forcedFixed = 0;
        int forcedLate = 0;
        for (Site s : forced) {
            forcedFixed += s.fixedCents;
            forcedLate += s.late;
        }
        if (forced.length > 0) {
            exact(forced, mustAll);
        }
        suffixPerKg = new long[free.length + 1];
        suffixPerKg[free.length] = Long.MAX_VALUE;
        for (int j = free.length - 1; j >= 0; j--) {
            suffixPerKg[j] = Math.min(free[j].minPerKgMils, suffixPerKg[j + 1]);
        }
        long forcedPerKg = Long.MAX_VALUE;
        for (Site f : forced) {
            forcedPerKg = Math.min(forcedPerKg, f.minPerKgMils);
        }
        enumWeight = 0;
        if (split) {
            for (int i = 0; i < lines; i++) {
                if (fullSupply(sites, i)) {
                    enumWeight += need[i] * unitWeight[i];
                }
            }
        }
        for (int size = 1; size <= maxShipments - forced.length && !exhausted; size++) {
            long forcedReach = 0;
            for (Site f : forced) {
                forcedReach |= reach[f.index];
            }
            // the least every line adds to a plan of this many sites, whichever they are
            long globalVar = 0;
            enumPerKg = 0;
            for (int i = 0; i < lines; i++) {
                int parts = forced.length + size;
                globalVar += lineLeast(sites, sites.length, parts, i);
                enumPerKg += linePerKg(sites, sites.length, parts, i);
            }
            combinations(forced, free, new Site[size], 0, 0, forcedFixed, forcedLate, forcedReach, forcedPerKg,
                    globalUnalloc, globalVar);
        }
        boolean optimal = !exhausted;
        if (exhausted) {
            localSearch(forced, free);
        }
        return new Solution(best, bestMembers, bestAlloc, optimal);
    }

    /**
     * The best plan that uses {@code site} alone, in place of one of {@code chosen} or beside them (for the
     * explanation: what choosing it would have cost).
     */
    Solution bestWith(Site site, Site[] chosen, long limit) {
        best = null;
        int forced = 0;
        for (Site s : forcedSites) {
            if (s != site) {
                withForced[forced++] = s;
            }
        }
        int others = 0;
        for (Site s : chosen) {
            if (!s.forced && s != site) {
                withOthers[others++] = s;
            }
        }
        // the site alone, then in place of each other chosen site (when there are two or more), then beside them
        evaluateWith(site, forced, others, -1, 0, limit);
        if (others >= 2) {
            for (int out = 0; out < others; out++) {
                evaluateWith(site, forced, others, out, others - 1, limit);
            }
        }
        if (others >= 1) {
            evaluateWith(site, forced, others, -1, others, limit);
        }
        return best == null ? null : new Solution(best, bestMembers, bestAlloc, false);
    }

    /** Searches the forced sites, {@code site}, and {@code rest} of the other chosen ones but {@code out}. */
    private void evaluateWith(Site site, int forced, int others, int out, int rest, long limit) {
        int n = forced + 1 + rest;
        if (n > maxShipments) {
            return;
        }
        Site[] set = new Site[n];
        System.arraycopy(withForced, 0, set, 0, forced);
        set[forced] = site;
        for (int o = 0, j = forced + 1; o < others && j < n; o++) {
            if (o != out) {
                set[j++] = withOthers[o];
            }
        }
        boolean[] must = new boolean[n];
        Arrays.fill(must, 0, forced + 1, true);
        evaluate(set, must, nodes + limit);
    }

    private void combinations(Site[] forced, Site[] free, Site[] chosen, int filled, int start, long fixed, int late,
                              long covered, long perKg, int globalUnalloc, long globalVar) {
        int size = chosen.length;
        int count = forced.length + size;
        boolean gathered = false;
        for (int j = start; j <= free.length - (size - filled) && !exhausted; j++) {
            if (nodes > budget) {
                exhausted = true;
                return;
            }
            Site s = free[j];
            boolean asGoodAsPossible = best != null && best.unallocated <= globalUnalloc;
            // candidates are sorted by least cost: the rest of this loop can only cost more (and the least per-kg
            // rate of the sites still to choose from only rises)
            long bound = fixed + s.fixedCents * (size - filled) + splitPenaltyCents * (count - 1)
                    + latePenaltyCents * late + globalVar
                    + Math.max(0, weightBound(Math.min(perKg, suffixPerKg[j]), enumWeight, count) - enumPerKg);
            if (asGoodAsPossible && best.late <= late && bound > best.cost) {
                return;
            }
            long union = covered | reach[s.index];
            // a set that cannot reach a line some location could ship leaves more unallocated than the best
            if (filled + 1 == size && asGoodAsPossible && (union & reachable) != reachable) {
                continue;
            }
            chosen[filled] = s;
            if (filled + 1 == size) {
                Site[] set = setBuf[count];
                System.arraycopy(forced, 0, set, 0, forced.length);
                System.arraycopy(chosen, 0, set, forced.length, size);
                // exact(set, mustAll), with the pre-check of the sites before the last shared by the loop
                nodes++;
                if (best != null) {
                    if (!gathered) {
                        gather(set, count - 1);
                        gathered = true;
                    }
                    if (!promisingGathered(set, true)) {
                        continue;
                    }
                }
                cut = false;
                search(set, mustAll, budget);
                exhausted |= cut;
            } else {
                combinations(forced, free, chosen, filled + 1, j + 1, fixed + s.fixedCents, late + s.late, union,
                        Math.min(perKg, s.minPerKgMils), globalUnalloc, globalVar);
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
        long perMove = Math.max(200, budget / 100);
        long limit = nodes + budget;
        for (int round = 0; round < 4 && nodes < limit; round++) {
            Key before = best;
            List<Site> current = new ArrayList<>(Arrays.asList(bestMembers));
            List<Site> optional = current.stream().filter(s -> !s.forced).toList();
            for (Site out : optional) {
                List<Site> without = new ArrayList<>(current);
                without.remove(out);
                tryMove(without, forced.length, perMove);
                for (int j = 0; j < free.length && nodes < limit; j++) {
                    if (!current.contains(free[j])) {
                        List<Site> swapped = new ArrayList<>(without);
                        swapped.add(free[j]);
                        tryMove(swapped, forced.length, perMove);
                    }
                }
            }
            if (current.size() < maxShipments) {
                for (int j = 0; j < free.length && nodes < limit; j++) {
                    if (!current.contains(free[j])) {
                        List<Site> added = new ArrayList<>(current);
                        added.add(free[j]);
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
        if (set.length > maxMembers || !promising(set)) {
            return;
        }
        search(set, must, limit);
    }

    private void search(Site[] set, boolean[] must, long limit) {
        members = set;
        mustUse = must;
        k = set.length;
        for (int m = 0; m < k; m++) {
            System.arraycopy(set[m].stock, 0, rem[m], 0, skus);
            Arrays.fill(alloc[m], 0);
            load[m] = set[m].heldWeight;
            units[m] = set[m].heldUnits;
        }
        for (int d = lines - 1; d >= 0; d--) {
            int i = order[d];
            varSuffix[d] = varSuffix[d + 1] + minVar(set, i);
            unallocSuffix[d] = unallocSuffix[d + 1] + unallocatedBound(set, i);
        }
        unallocated = 0;
        evalLimit = limit;
        branch(0);
    }

    /**
     * Whether a plan that uses every site of the set could beat the best so far: lines only one site can ship
     * load that site, the rest add at least their least cost, and every site ships at least something.
     */
    private boolean promising(Site[] set) {
        nodes++; // a pre-check costs about what a node does: the budget counts both
        if (best == null) {
            return true;
        }
        gather(set, set.length - 1);
        return promisingGathered(set, false);
    }

    /**
     * Per line, what the first {@code n} sites of {@code set} can do: how many can ship it, the last of them,
     * their supply, the least of their line bounds and per-kg rates. Sets of one size that differ only in their
     * last site share this ({@link #combinations}), so that each is checked in one pass over the lines.
     */
    private void gather(Site[] set, int n) {
        for (int i = 0; i < lines; i++) {
            int able = 0;
            int only = -1;
            long supply = 0;
            long least = Long.MAX_VALUE;
            long perKg = Long.MAX_VALUE;
            for (int m = 0; m < n; m++) {
                Site site = set[m];
                int stock = usable[site.index][i];
                if (stock > 0 && (split || stock >= need[i])) {
                    able++;
                    only = m;
                    supply += stock;
                    least = Math.min(least, lineBound[site.index][i]);
                    perKg = Math.min(perKg, site.minPerKgMils);
                }
            }
            gatheredAble[i] = able;
            gatheredOnly[i] = only;
            gatheredSupply[i] = supply;
            gatheredLeast[i] = least;
            gatheredPerKg[i] = perKg;
        }
    }

    /**
     * {@link #promising} once all sites of {@code set} but the last are {@link #gather gathered}. {@code weighed}: also
     * bound the shipping of the split lines by their weight ({@link #weightBound}), which holds when every site of the
     * set ships something, as in the sets {@link #combinations} enumerates. The other callers (the incumbent, local
     * search, pricing an explanation) search sets some of whose sites may ship nothing, and keep the bound they had.
     */
    private boolean promisingGathered(Site[] set, boolean weighed) {
        int n = set.length;
        for (int m = 0; m < n; m++) {
            forcedWeight[m] = set[m].heldWeight;
            forcedUnits[m] = set[m].heldUnits;
        }
        Site last = set[n - 1];
        int[] lastUsable = usable[last.index];
        long[] lastBound = lineBound[last.index];
        long unalloc = 0;
        long free = 0;
        // split lines: their handling, and their shipping as the larger of two bounds, line by line or by weight
        long perKgFree = 0;
        long weightFree = 0;
        for (int i = 0; i < lines; i++) {
            int able = gatheredAble[i];
            int only = gatheredOnly[i];
            long supply = gatheredSupply[i];
            long least = gatheredLeast[i];
            long perKg = gatheredPerKg[i];
            int stock = lastUsable[i];
            if (stock > 0 && (split || stock >= need[i])) {
                able++;
                only = n - 1;
                supply += stock;
                least = Math.min(least, lastBound[i]);
                perKg = Math.min(perKg, last.minPerKgMils);
            }
            if (able == 0) {
                unalloc += need[i];
            } else if (able == 1 && !sharedSku[i]) {
                long q = Math.min(need[i], supply);
                unalloc += need[i] - q;
                forcedWeight[only] += q * unitWeight[i];
                forcedUnits[only] += q;
            } else if (supply < need[i]) {
                unalloc += need[i] - supply; // short: ships in part, so no bound of the whole line
            } else if (split) {
                free += Math.max(0, least - n);
                perKgFree += Math.max(0, perKg * Math.max(0, extraHalves[i] - (n - 1)) / 200 - 2L * n);
                weightFree += need[i] * unitWeight[i];
            } else {
                free += least;
            }
        }
        if (split && !weighed) {
            free += perKgFree;
        } else if (split) {
            long setPerKg = Long.MAX_VALUE;
            for (int m = 0; m < n; m++) {
                setPerKg = Math.min(setPerKg, set[m].minPerKgMils);
            }
            free += Math.max(perKgFree, weightBound(setPerKg, weightFree, n));
        }
        if (unalloc != best.unallocated) {
            return unalloc < best.unallocated;
        }
        int late = 0;
        long cost = free + splitPenaltyCents * (n - 1);
        for (int m = 0; m < n; m++) {
            late += set[m].late;
            cost += set[m].costCents(forcedWeight[m], forcedUnits[m]);
        }
        if (late != best.late) {
            return late < best.late;
        }
        return cost + latePenaltyCents * late <= best.cost;
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
        long[] delta = deltaBuf[depth];
        int[] rank = rankBuf[depth];
        for (int m = 0; m < k; m++) {
            costNow[m] = units[m] == 0 ? 0 : members[m].costCents(load[m], units[m]);
        }
        // cheapest first (insertion sort: a handful of options), leaving the line unallocated (the last) last
        for (int o = 0; o < count - 1; o++) {
            long d = delta(opts[o], i);
            int j = o;
            while (j > 0 && delta[j - 1] > d) {
                delta[j] = delta[j - 1];
                rank[j] = rank[j - 1];
                j--;
            }
            delta[j] = d;
            rank[j] = o;
        }
        rank[count - 1] = count - 1;
        for (int n = 0; n < count && nodes <= evalLimit; n++) {
            int[] vec = opts[rank[n]];
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

    /** What giving {@code vec} of line {@code i} adds to the members' costs ({@link #costNow}: before it). */
    private long delta(int[] vec, int i) {
        long d = 0;
        for (int m = 0; m < k; m++) {
            if (vec[m] != 0) {
                d += members[m].costCents(load[m] + vec[m] * unitWeight[i], units[m] + vec[m]) - costNow[m];
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
        } else if (k > 1 && (count = allSplits(opts, i)) > 0) {
            // every split of a line of few units: exact even where billable weight rounding rewards odd splits
        } else if (k <= ROOM_CAPPED_MEMBERS) {
            for (int[] perm : Permutations.of(k)) {
                for (int capped = 0; capped < 1 << k; capped++) {
                    count = fill(opts, count, perm, capped, i);
                }
            }
        } else if (k <= 4) {
            for (int[] perm : Permutations.of(k)) {
                count = fill(opts, count, perm, 0, i);
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
                count = fill(opts, count, first, 0, i);
            }
        }
        Arrays.fill(opts[count], 0);
        return count + 1;
    }

    /**
     * Fills line {@code i} from the members in {@code perm} order, each giving what it has left, except that a
     * {@code capped} member gives only what fits in the half kilos it already pays for. The caps matter because
     * billable weight rounds up: a unit that fits in a shipment's last half kilo ships for its handling only.
     */
    private int fill(int[][] opts, int count, int[] perm, int capped, int i) {
        int[] vec = opts[count];
        Arrays.fill(vec, 0);
        int left = need[i];
        for (int m : perm) {
            if (left == 0) {
                break;
            }
            if (members[m].ok[i]) {
                int t = Math.min(left, rem[m][sku[i]]);
                if ((capped & (1 << m)) != 0) {
                    t = (int) Math.min(t, room(m, i));
                }
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

    /**
     * Every way to allocate as many units of line {@code i} as the set has left, when there are at most
     * {@link #ALL_SPLITS} of them; else 0 (and the fill orders serve).
     */
    private int allSplits(int[][] opts, int i) {
        int total = 0;
        for (int m = 0; m < k; m++) {
            if (members[m].ok[i]) {
                total += rem[m][sku[i]];
            }
        }
        int target = Math.min(total, need[i]);
        if (target == 0) {
            return 0;
        }
        int[] vec = splitBuf;
        Arrays.fill(vec, 0);
        int count = splits(opts, 0, 0, target, vec, i);
        return count > ALL_SPLITS ? 0 : count;
    }

    private int splits(int[][] opts, int count, int m, int left, int[] vec, int i) {
        if (count > ALL_SPLITS) {
            return count;
        }
        if (m == k - 1 || left == 0) {
            int last = Math.min(left, members[m].ok[i] ? rem[m][sku[i]] : 0);
            if (last != left) {
                return count;
            }
            if (left > 0) {
                vec[m] = left;
            }
            System.arraycopy(vec, 0, opts[count], 0, vec.length);
            vec[m] = 0;
            return count + 1;
        }
        int most = members[m].ok[i] ? Math.min(left, rem[m][sku[i]]) : 0;
        for (int q = most; q >= 0 && count <= ALL_SPLITS; q--) {
            vec[m] = q;
            count = splits(opts, count, m + 1, left - q, vec, i);
        }
        vec[m] = 0;
        return count;
    }

    /** Units of line {@code i} that fit in the half kilos member {@code m} already pays for. */
    private long room(int m, int i) {
        if (unitWeight[i] == 0) {
            return Long.MAX_VALUE;
        }
        long paid = Site.halves(load[m]) * 5_000;
        return (paid - load[m]) / unitWeight[i];
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
            } else if (mustUse[m]) {
                return;
            }
        }
        cost += splitPenaltyCents * Math.max(0, used - 1) + latePenaltyCents * late;
        if (best != null && worseThanBest(late, cost, used)) {
            return; // the rest of the key (latest delivery, ids) cannot make it better
        }
        for (int m = 0; m < k; m++) {
            if (units[m] > 0) {
                latest = Math.max(latest, members[m].deliveryDay(load[m]));
            }
        }
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

    /** Whether a leaf is worse than the best plan on the leading parts of {@link Key} alone. */
    private boolean worseThanBest(int late, long cost, int used) {
        int c = Integer.compare(unallocated, best.unallocated);
        if (c == 0) {
            c = Integer.compare(late, best.late);
        }
        if (c == 0) {
            c = Long.compare(cost, best.cost);
        }
        if (c == 0) {
            c = Integer.compare(used, best.shipments);
        }
        return c > 0;
    }

    /**
     * The least that shipping {@code weight} more costs over {@code n} shipments on top of what each already ships,
     * in cents, when no site of theirs charges less than {@code perKgMils} a kilo. Each shipment's price is the
     * cheapest of its services, each linear in the billable half kilos, so a shipment whose billable weight rises by
     * h half kilos costs at least perKg × h / 2 more, less a cent of rounding; billable weights round up, so the
     * shipments' half kilos rise by at least the weight's, less one per shipment.
     */
    static long weightBound(long perKgMils, long weight, int n) {
        if (perKgMils == Long.MAX_VALUE || weight <= 0) {
            return 0;
        }
        return Math.max(0, perKgMils * Math.max(0, 2 * weight / 10_000 - n) / 200 - n);
    }

    /** Whether the sites of {@code set} have all of line {@code i} between them. */
    private boolean fullSupply(Site[] set, int i) {
        long supply = 0;
        boolean any = false;
        for (Site s : set) {
            if (s.ok[i]) {
                any = true;
                supply += s.stock[sku[i]];
            }
        }
        return any && supply >= need[i];
    }

    /** The per-kg part of {@link #lineLeast} (split lines only; 0 otherwise). */
    private long linePerKg(Site[] set, int n, int parts, int i) {
        if (!split) {
            return 0;
        }
        long perKg = Long.MAX_VALUE;
        long supply = 0;
        for (int m = 0; m < n; m++) {
            Site s = set[m];
            if (s.ok[i]) {
                perKg = Math.min(perKg, s.minPerKgMils);
                supply += s.stock[sku[i]];
            }
        }
        if (perKg == Long.MAX_VALUE || supply < need[i]) {
            return 0;
        }
        long halves = Math.max(0, extraHalves[i] - (parts - 1));
        return Math.max(0, perKg * halves / 200 - 2L * parts);
    }

    private long minVar(Site[] set, int i) {
        return lineLeast(set, set.length, set.length, i);
    }

    /**
     * The least line {@code i} adds to a plan of {@code parts} sites among the first {@code n} of {@code set}, in
     * cents. Split across the sites, each part rounds its weight up on its own and its cents on their own: at
     * most one half kilo and a cent or two per site less than the whole line.
     */
    private long lineLeast(Site[] set, int n, int parts, int i) {
        long min = Long.MAX_VALUE;
        long perKg = Long.MAX_VALUE;
        long supply = 0;
        for (int m = 0; m < n; m++) {
            Site s = set[m];
            if (s.ok[i]) {
                min = Math.min(min, lineBound[s.index][i]);
                perKg = Math.min(perKg, s.minPerKgMils);
                supply += s.stock[sku[i]];
            }
        }
        if (min == Long.MAX_VALUE || supply < need[i]) {
            return 0; // short: the line ships in part, and its bound (of the whole line) does not hold
        }
        if (split) {
            long halves = Math.max(0, extraHalves[i] - (parts - 1));
            min = Math.max(0, min - parts) + Math.max(0, perKg * halves / 200 - 2L * parts);
        }
        return min;
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
