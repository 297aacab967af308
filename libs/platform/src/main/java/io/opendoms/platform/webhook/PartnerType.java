package io.opendoms.platform.webhook;

/** What kind of system a webhook partner is, and so which webhooks it may call. */
public enum PartnerType {
    /** A warehouse management or store system: fulfillment progress, return receipts. */
    WMS,
    /** A carrier: tracking of shipments and return labels. */
    CARRIER
}
