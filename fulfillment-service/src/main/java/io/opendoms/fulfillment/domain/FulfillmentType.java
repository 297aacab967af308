package io.opendoms.fulfillment.domain;

/** How the customer receives a fulfillment order. */
public enum FulfillmentType {
    SHIP, PICKUP, CURBSIDE
}
