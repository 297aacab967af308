package io.opendoms.routing.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * Prints the expectation file of {@link ExplanationEquivalenceTest}: per seed of {@link ExplanationCases}, the
 * digest of the plan and its full explanation. The file in the test resources was printed by the engine as it was
 * before explanations were priced on demand (every survivor priced on the decision path), and must not be printed
 * again to make a test pass: a changed digest is a changed plan or explanation.
 */
final class ExplanationExpectations {

    static final int CASES = 600;

    public static void main(String[] args) {
        Map<CandidateReason, Integer> reasons = new EnumMap<>(CandidateReason.class);
        for (long seed = 1; seed <= CASES; seed++) {
            ExplanationCases.Case c = ExplanationCases.random(seed);
            Plan plan = c.planner().explain(c.problem(), c.network(), c.policy());
            plan.explanation().candidates().forEach(e -> reasons.merge(e.reason(), 1, Integer::sum));
            System.out.println(seed + " " + ExplanationCases.digest(ExplanationCases.canonical(plan)));
        }
        System.err.println(reasons);
    }

    private ExplanationExpectations() {
    }
}
