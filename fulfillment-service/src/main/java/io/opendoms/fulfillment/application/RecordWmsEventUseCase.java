package io.opendoms.fulfillment.application;

public interface RecordWmsEventUseCase {

    WebhookOutcome record(RecordWmsEventCommand command);
}
