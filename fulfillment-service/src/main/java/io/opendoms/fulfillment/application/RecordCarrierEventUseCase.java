package io.opendoms.fulfillment.application;

public interface RecordCarrierEventUseCase {

    WebhookOutcome record(RecordCarrierEventCommand command);
}
