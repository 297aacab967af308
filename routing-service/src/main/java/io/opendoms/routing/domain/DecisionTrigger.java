package io.opendoms.routing.domain;

/** Why a sourcing decision was taken. */
public enum DecisionTrigger {
    ORDER_RECEIVED, RESERVATION_FAILED
}
