package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.WebhookInboxEntry;
import io.opendoms.fulfillment.application.WebhookInboxService;
import io.opendoms.fulfillment.application.WebhookInboxStatus;
import io.opendoms.platform.webhook.WebhookRejectionListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;

/**
 * Records in the inbox each webhook the signature filter refused (401): the partner it named, the verdict and the
 * selected headers, never the body (unverified bytes from anyone are not kept) and no action. The filter has already
 * answered; this cannot change that.
 */
class WebhookRejectionRecorder implements WebhookRejectionListener {

    private final WebhookInboxService inbox;
    private final Clock clock;

    WebhookRejectionRecorder(WebhookInboxService inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Override
    public void rejected(Rejection rejection, HttpServletRequest request) {
        String webhook = WebhookInboxFilter.webhookOf(rejection.path());
        if (webhook == null) {
            return;
        }
        String partner = rejection.partnerId() != null ? rejection.partnerId() : rejection.claimedPartner();
        if (partner != null && partner.length() > 100) {
            partner = partner.substring(0, 100);
        }
        inbox.receive(new WebhookInboxEntry(UUID.randomUUID(), webhook, rejection.path(), partner,
                WebhookInboxFilter.headers(request), null, rejection.verdict(), null, null,
                WebhookInboxStatus.UNAUTHENTICATED, 401, "signature check: " + rejection.verdict(), 0, clock.instant(),
                clock.instant()));
    }
}
