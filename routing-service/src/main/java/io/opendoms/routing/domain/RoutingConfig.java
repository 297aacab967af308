package io.opendoms.routing.domain;

import io.opendoms.routing.engine.RoutingPolicy;
import java.time.Instant;
import java.util.Objects;

/** One version of the routing configuration document: the policy, and who changed it when. */
public record RoutingConfig(long version, RoutingPolicy policy, Instant updatedAt, String updatedBy) {

    public RoutingConfig {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
    }
}
