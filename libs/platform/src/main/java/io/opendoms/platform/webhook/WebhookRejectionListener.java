package io.opendoms.platform.webhook;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told by {@link WebhookSignatureFilter} of each webhook request it refused (401), after the answer is written: a
 * service may keep a record of them (its webhook inbox). The listener cannot change the answer nor let the request
 * through; what it throws is logged and dropped. The request's body has not been verified and may not have been
 * read: a listener must not read it, nor act on anything the request says.
 */
@FunctionalInterface
public interface WebhookRejectionListener {

    /** The verdict when {@code OMS-Partner} (or the path, or the default) names no partner of the endpoint. */
    String UNKNOWN_PARTNER = "UNKNOWN_PARTNER";

    void rejected(Rejection rejection, HttpServletRequest request);

    /**
     * @param endpoint       the configured endpoint path the request went to
     * @param path           the request's path
     * @param partnerType    the kind of partner the endpoint serves
     * @param partnerId      the configured partner whose secrets were tried; {@code null} when none was found
     * @param claimedPartner the {@code OMS-Partner} header as sent (unverified), if any
     * @param verdict        {@link #UNKNOWN_PARTNER}, or the signature check's result: MISSING, MALFORMED, STALE,
     *                       MISMATCH
     */
    record Rejection(String endpoint, String path, PartnerType partnerType, String partnerId, String claimedPartner,
                     String verdict) {
    }
}
