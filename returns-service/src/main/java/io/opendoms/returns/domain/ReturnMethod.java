package io.opendoms.returns.domain;

/** How the customer sends the units back. */
public enum ReturnMethod {
    /** By carrier, with a prepaid label. */
    MAIL,
    /** Handed in at a store that takes returns. */
    STORE
}
