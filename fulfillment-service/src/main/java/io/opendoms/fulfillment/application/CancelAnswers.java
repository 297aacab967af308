package io.opendoms.fulfillment.application;

import io.opendoms.fulfillment.domain.CancelAnswer;
import io.opendoms.fulfillment.domain.FulfillmentOrder;
import io.opendoms.fulfillment.domain.Transition;
import java.time.Instant;

/** Announces what an answer to cancel requests did: per cancellation, the units cancelled and the units refused. */
final class CancelAnswers {

    static CancelAnswer publish(PublishFulfillmentEventPort events, FulfillmentOrder fo, CancelAnswer answer) {
        answer.cancelled().forEach((cancellationId, lines) ->
                events.cancelled(fo, cancellationId, new Transition(answer.change(), null, lines)));
        answer.refused().forEach((cancellationId, lines) ->
                events.cancelRefused(fo.getOrderId(), cancellationId, lines, answer.reason()));
        return answer;
    }

    /**
     * Once a fulfillment order moved past where its location can cancel (shipped, collected, rejected, cancelled),
     * its unanswered cancel requests are refused: the order must not wait for an answer that cannot come.
     */
    static void settleIfTooLate(PublishFulfillmentEventPort events, FulfillmentOrder fo, Instant now) {
        CancelAnswer late = fo.refuseCancelRequestsIfTooLate(now);
        if (late != null) {
            publish(events, fo, late);
        }
    }

    private CancelAnswers() {
    }
}
