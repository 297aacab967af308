package io.opendoms.returns.domain;

/** What inspection found of returned units: back on the shelf, or disposed of (no stock). */
public enum ReceivedCondition {
    RESELLABLE, DAMAGED
}
