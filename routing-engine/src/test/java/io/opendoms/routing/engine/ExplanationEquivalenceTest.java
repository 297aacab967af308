package io.opendoms.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Explanations priced on demand are the explanations of before, and a decision's plan is the same plan: for the 600
 * seeded orders of {@link ExplanationCases}, against the digests the engine printed when it priced every survivor
 * on the decision path ({@code explanations-before-on-demand.txt}, see {@link ExplanationExpectations}).
 */
class ExplanationEquivalenceTest {

    /** Reasons a decision gives without pricing anything. */
    private static final Set<CandidateReason> CHEAP = EnumSet.of(CandidateReason.LOWEST_COST,
            CandidateReason.DOMINATED, CandidateReason.NO_STOCK, CandidateReason.DC_ONLY_ITEM,
            CandidateReason.EXCLUDED_FOR_ORDER, CandidateReason.PAST_CUTOFF_MISSES_PROMISE,
            CandidateReason.CAPACITY_FULL, CandidateReason.MISSES_PROMISE, CandidateReason.INACTIVE,
            CandidateReason.NOT_CAPABLE, CandidateReason.EXCLUDED_BY_RULE);

    @Test
    void explanationsOnDemandAreThoseOfBefore() throws IOException {
        Map<Long, String> expected = expectations();
        assertThat(expected).hasSize(ExplanationExpectations.CASES);
        expected.forEach((seed, digest) -> {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            String text = ExplanationCases.canonical(c.planner().explain(c.problem(), c.network(), c.policy()));
            assertThat(ExplanationCases.digest(text)).as("seed %d:%n%s", seed, text).isEqualTo(digest);
        });
    }

    @Test
    void aDecisionPlansTheSameAndExplainsWhatItKnowsWithoutPricing() {
        int unpriced = 0;
        for (long seed = 1; seed <= ExplanationExpectations.CASES; seed++) {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            Plan decided = c.planner().plan(c.problem(), c.network(), c.policy());
            Plan full = c.planner().explain(c.problem(), c.network(), c.policy());
            assertThat(withoutExplanation(decided)).as("seed %d", seed).isEqualTo(withoutExplanation(full));
            Explanation cheap = decided.explanation();
            assertThat(cheap.candidates()).as("seed %d", seed).allSatisfy(e -> {
                assertThat(e.reason()).isIn(CHEAP);
                assertThat(full.explanation().candidates()).contains(e);
            });
            Set<String> listed = new HashSet<>();
            cheap.candidates().forEach(e -> listed.add(e.locationId()));
            assertThat(cheap.unpriced()).as("seed %d", seed).doesNotContainAnyElementsOf(listed).isSorted();
            assertThat(cheap.candidates().size() + cheap.unpriced().size())
                    .isEqualTo(full.explanation().candidates().size());
            assertThat(full.explanation().complete()).isTrue();
            unpriced += cheap.unpriced().size();
        }
        assertThat(unpriced).as("locations left to price over every case").isGreaterThan(5_000);
    }

    @Test
    void pricingLaterGivesWhatPricingAtOnceGives() {
        for (long seed = 1; seed <= ExplanationExpectations.CASES; seed++) {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            Plan full = c.planner().explain(c.problem(), c.network(), c.policy());
            CostOptimalPlanner.Result result = c.planner().solve(c.problem(), c.network(), c.policy());
            Plan decided = result.plan();
            // another decision in between, with its own search: pricing keeps nothing from it
            ExplanationCases.Case other = ExplanationCases.random(seed + 10_000);
            other.planner().solve(other.problem(), other.network(), other.policy()).explained();
            assertThat(result.explained()).as("seed %d", seed).isEqualTo(full);
            assertThat(result.explained()).isSameAs(result.explained());
            assertThat(result.plan()).isSameAs(decided);
            assertThat(decided.explanation().pricedFrom(full.explanation())).isEqualTo(full.explanation());
        }
    }

    /**
     * routing-service prices a stored decision from its stored inputs, whose network keeps only the locations that
     * hold some of the order's SKUs (and the held ones): the locations it prices are all among them.
     */
    @Test
    void pricingFromTheLocationsHoldingTheOrdersSkusGivesTheSameExplanation() {
        for (long seed = 1; seed <= ExplanationExpectations.CASES; seed++) {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            Plan full = c.planner().explain(c.problem(), c.network(), c.policy());
            Plan decided = c.planner().plan(c.problem(), c.network(), c.policy());
            Plan replayed = c.planner().explain(c.problem(), holdingTheOrdersSkus(c), c.policy());
            assertThat(withoutExplanation(replayed)).as("seed %d", seed).isEqualTo(withoutExplanation(full));
            assertThat(decided.explanation().pricedFrom(replayed.explanation())).as("seed %d", seed)
                    .isEqualTo(full.explanation());
        }
    }

    @Test
    void aLocationThePricedExplanationDoesNotListIsMoreExpensiveWithoutACost() {
        Explanation cheap = new Explanation(List.of(new CandidateEvaluation("B", CandidateOutcome.CHOSEN,
                CandidateReason.LOWEST_COST, new java.math.BigDecimal("7.10"))), List.of("C", "A"));
        Explanation priced = cheap.pricedFrom(new Explanation(List.of(new CandidateEvaluation("C",
                CandidateOutcome.REJECTED, CandidateReason.LOST_TIE_BREAK, new java.math.BigDecimal("7.10")))));
        assertThat(priced.complete()).isTrue();
        assertThat(priced.candidates()).extracting(CandidateEvaluation::locationId).containsExactly("A", "B", "C");
        assertThat(priced.candidates().get(0)).isEqualTo(new CandidateEvaluation("A", CandidateOutcome.REJECTED,
                CandidateReason.MORE_EXPENSIVE, null));
        assertThat(priced.candidates().get(2).reason()).isEqualTo(CandidateReason.LOST_TIE_BREAK);
    }

    private static Network holdingTheOrdersSkus(ExplanationCases.Case c) {
        Set<String> skus = new HashSet<>();
        c.problem().lines().forEach(l -> skus.add(l.sku()));
        Map<StockKey, Integer> stock = new HashMap<>();
        Set<String> ids = new HashSet<>();
        c.network().available().forEach((k, units) -> {
            if (units > 0 && skus.contains(k.sku())) {
                stock.put(k, units);
                ids.add(k.locationId());
            }
        });
        c.problem().holds().forEach(h -> ids.add(h.locationId()));
        Map<String, Location> locations = new HashMap<>();
        ids.forEach(id -> locations.put(id, c.network().locations().get(id)));
        return new Network(locations, c.network().items(), stock);
    }

    private static Plan withoutExplanation(Plan plan) {
        return new Plan(plan.shipments(), plan.unallocated(), plan.totalCost(), plan.late(), Explanation.none());
    }

    static Map<Long, String> expectations() throws IOException {
        Map<Long, String> expected = new LinkedHashMap<>();
        try (InputStream in = ExplanationEquivalenceTest.class.getResourceAsStream(
                "explanations-before-on-demand.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.trim().split(" ");
                    expected.put(Long.parseLong(parts[0]), parts[1]);
                }
            }
        }
        return expected;
    }
}
