package io.opendoms.routing.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every location a plan considered, and why it was chosen or rejected.
 *
 * <p>A decision explains what planning finds out anyway ({@link SourcingPlanner#plan}): the chosen locations, and
 * the locations rejected before or by the search for their stock, rules, dates or dominance. The locations that
 * survived pruning and were not chosen are {@code unpriced}: what the best plan using each of them costs is a
 * search of its own, made only when the explanation is asked for ({@link SourcingPlanner#explain}) and merged in
 * by {@link #pricedFrom}. An explanation without unpriced locations is complete.
 *
 * @param candidates the explained locations, by id
 * @param unpriced   ids of the locations still to price (then rejected as {@code MORE_EXPENSIVE},
 *                   {@code LOST_TIE_BREAK}, {@code ALLOCATES_LESS} or {@code MISSES_PROMISE}), by id
 */
public record Explanation(List<CandidateEvaluation> candidates, List<String> unpriced) {

    public Explanation {
        candidates = List.copyOf(candidates);
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
    }

    /** A complete explanation. */
    public Explanation(List<CandidateEvaluation> candidates) {
        this(candidates, List.of());
    }

    public static Explanation none() {
        return new Explanation(List.of());
    }

    /** Whether every location is explained: nothing is left to price. */
    public boolean complete() {
        return unpriced.isEmpty();
    }

    /**
     * This explanation with each unpriced location explained as {@code full} (the complete explanation of the same
     * plan) explains it. A location {@code full} does not list is rejected as {@code MORE_EXPENSIVE} without a
     * cost, as when pricing finds no plan that uses it.
     */
    public Explanation pricedFrom(Explanation full) {
        if (complete()) {
            return this;
        }
        Map<String, CandidateEvaluation> priced = new HashMap<>();
        full.candidates().forEach(c -> priced.put(c.locationId(), c));
        List<CandidateEvaluation> all = new ArrayList<>(candidates);
        for (String id : unpriced) {
            CandidateEvaluation c = priced.get(id);
            all.add(c != null ? c : new CandidateEvaluation(id, CandidateOutcome.REJECTED,
                    CandidateReason.MORE_EXPENSIVE, null));
        }
        all.sort(Comparator.comparing(CandidateEvaluation::locationId));
        return new Explanation(all);
    }
}
