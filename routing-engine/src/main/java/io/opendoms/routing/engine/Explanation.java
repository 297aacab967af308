package io.opendoms.routing.engine;

import java.util.List;

/** Every location a plan considered, and why it was chosen or rejected. */
public record Explanation(List<CandidateEvaluation> candidates) {

    public Explanation {
        candidates = List.copyOf(candidates);
    }

    public static Explanation none() {
        return new Explanation(List.of());
    }
}
