package io.opendoms.routing.engine;

public enum Capability {
    SHIP, PICKUP, CURBSIDE, RETURNS
}
