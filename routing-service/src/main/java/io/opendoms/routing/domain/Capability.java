package io.opendoms.routing.domain;

public enum Capability {
    SHIP, PICKUP, CURBSIDE, RETURNS
}
