package io.opendoms.routing.engine;

public enum CandidateOutcome {
    CHOSEN, REJECTED
}
