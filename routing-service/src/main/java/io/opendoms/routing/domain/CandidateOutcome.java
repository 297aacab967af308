package io.opendoms.routing.domain;

public enum CandidateOutcome {
    CHOSEN, REJECTED
}
