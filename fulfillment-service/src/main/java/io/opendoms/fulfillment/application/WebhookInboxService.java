package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.IllegalTransitionException;
import io.opendoms.fulfillment.domain.InvalidPickException;
import io.opendoms.platform.web.ApiException;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook inbox: every inbound webhook is stored as it arrived, in a transaction of its own, before it is acted
 * on; then it is handled in one transaction with the mark that its partner's event id is handled — the inbox is
 * the webhooks' de-duplication, so a repeated event id is acknowledged and not applied again, while a webhook that
 * was refused (4xx) or failed can be sent again or replayed.
 *
 * <p>A handler that fails unexpectedly (not a 4xx: a bug, a lost lock, a dependency) parks the webhook as FAILED
 * and the partner is told it was accepted ({@link WebhookOutcome#PARKED}): the body is ours, verbatim and durable,
 * so ops replay it once the cause is fixed. Answering 503 instead would make the partner send it again and again —
 * a deterministic failure fails each time, piles up entries and, for many WMSs, holds back their later events.
 * Only when even parking fails (the database is down) is nothing ours, and then the answer is a 503 to retry.
 */
@Service
public class WebhookInboxService {

    private static final Logger log = LoggerFactory.getLogger(WebhookInboxService.class);

    private final WebhookInboxPort inbox;
    private final TransactionTemplate tx;
    private final TransactionTemplate own;
    private final Clock clock;

    WebhookInboxService(WebhookInboxPort inbox, PlatformTransactionManager transactions, Clock clock) {
        this.inbox = inbox;
        this.tx = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Stores a webhook as it arrived, committed before anything acts on it. */
    public void receive(WebhookInboxEntry entry) {
        own.executeWithoutResult(status -> inbox.insert(entry));
    }

    /**
     * Runs {@code handler} for the entry, once per partner event id (see the class comment). Returns the handler's
     * outcome, DUPLICATE, or PARKED; rethrows 4xx failures (ApiException and the domain's rule violations) after
     * recording them; throws {@link InboxUnavailableException} when the failure cannot even be parked.
     */
    public WebhookOutcome process(UUID entryId, UUID eventId, Supplier<WebhookOutcome> handler) {
        try {
            return tx.execute(status -> {
                inbox.claim(entryId, eventId);
                WebhookOutcome outcome = handler.get();
                inbox.finish(entryId, outcome == WebhookOutcome.IGNORED ? WebhookInboxStatus.IGNORED
                        : WebhookInboxStatus.APPLIED, null, false, clock.instant());
                return outcome;
            });
        } catch (WebhookInboxPort.AlreadyHandledException handled) {
            if (handled.sameEntry()) {
                throw new ConflictException("Webhook " + entryId + " was handled already");
            }
            finishAlone(entryId, WebhookInboxStatus.DUPLICATE, handled.getMessage(), false);
            return WebhookOutcome.DUPLICATE;
        } catch (ApiException | IllegalTransitionException | InvalidPickException refused) {
            finishAlone(entryId, WebhookInboxStatus.REJECTED_INVALID, refused.getMessage(), true);
            throw refused;
        } catch (RuntimeException failure) {
            log.error("Webhook {} failed; parked for replay", entryId, failure);
            try {
                finishAlone(entryId, WebhookInboxStatus.FAILED, failure.toString(), true);
            } catch (RuntimeException parkingFailed) {
                log.error("Webhook {} could not be parked either: {}", entryId, parkingFailed.toString());
                throw new InboxUnavailableException(parkingFailed);
            }
            return WebhookOutcome.PARKED;
        }
    }

    /** Records how the webhook was answered; if nothing else recorded its outcome, {@code ifUnfinished}. */
    public void answered(UUID entryId, int httpStatus, WebhookInboxStatus ifUnfinished) {
        own.executeWithoutResult(status -> inbox.answered(entryId, httpStatus, ifUnfinished, clock.instant()));
    }

    /**
     * Runs a stored webhook again through {@code handler} (the same parsing, validation and use case as when it
     * arrived), once: 404 for an unknown entry; 409 for one whose event was handled (applied, ignored or a duplicate),
     * and for one that never passed the signature check.
     */
    public WebhookOutcome replay(UUID entryId, Function<WebhookInboxEntry, WebhookOutcome> handler) {
        WebhookInboxEntry entry = inbox.byId(entryId)
                .orElseThrow(() -> new NotFoundException("No webhook " + entryId + " in the inbox"));
        if (entry.status().handled()) {
            throw new ConflictException("Webhook " + entryId + " was handled already (" + entry.status() + ")");
        }
        if (entry.status() == WebhookInboxStatus.UNAUTHENTICATED || entry.body() == null) {
            throw new ConflictException("Webhook " + entryId + " never passed the signature check: it cannot be"
                    + " replayed");
        }
        return handler.apply(entry);
    }

    public record Page(List<WebhookInboxEntry> items, int page, int size, long totalItems) {
    }

    public Page list(WebhookInboxStatus status, int page, int size) {
        return tx.execute(s -> new Page(inbox.page(status, page, size), page, size, inbox.count(status)));
    }

    private void finishAlone(UUID entryId, WebhookInboxStatus status, String detail, boolean attempted) {
        own.executeWithoutResult(s -> inbox.finish(entryId, status, detail, attempted, clock.instant()));
    }

    /** Neither handled nor parked: the partner must send it again (503). */
    public static class InboxUnavailableException extends ApiException {

        InboxUnavailableException(Throwable cause) {
            super(503, "The webhook could not be stored; send it again in a moment.", List.of());
            initCause(cause);
        }
    }
}
