package io.opendoms.order.archsample.good.domain;

/** Sample for ArchitectureRulesTest: a plain domain class. */
public record Parcel(String id, int units) {
}
