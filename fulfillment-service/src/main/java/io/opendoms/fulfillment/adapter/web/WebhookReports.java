package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.RecordCarrierEventUseCase;
import io.opendoms.fulfillment.application.RecordWmsEventUseCase;
import io.opendoms.fulfillment.application.WebhookInboxEntry;
import io.opendoms.fulfillment.application.WebhookInboxService;
import io.opendoms.fulfillment.application.WebhookOutcome;
import io.opendoms.platform.web.BadRequestException;
import io.opendoms.platform.web.ConflictException;
import io.opendoms.platform.web.FieldError;
import io.opendoms.platform.webhook.WebhookPartner;
import io.opendoms.platform.webhook.WebhookPartners;
import io.opendoms.platform.webhook.WebhookProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a webhook report is handled, whether it just arrived or is replayed from the inbox: under the inbox's
 * de-duplication, through the same mapping and use case. A replay reads the stored body with the same request
 * records and constraints as the live endpoint.
 */
@Component
class WebhookReports {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final WebhookInboxService inbox;
    private final RecordWmsEventUseCase wms;
    private final RecordCarrierEventUseCase carriers;
    private final FulfillmentWebMapper mapper;
    private final Validator validator;
    private final WebhookPartners partners;

    WebhookReports(WebhookInboxService inbox, RecordWmsEventUseCase wms, RecordCarrierEventUseCase carriers,
                   FulfillmentWebMapper mapper, Validator validator, WebhookProperties webhookProperties) {
        this.inbox = inbox;
        this.wms = wms;
        this.carriers = carriers;
        this.mapper = mapper;
        this.validator = validator;
        this.partners = new WebhookPartners(webhookProperties);
    }

    WebhookOutcome wms(UUID entryId, WebhookPartner partner, WmsEventRequest request) {
        return inbox.process(entryId, EventIds.of(request.eventId()),
                () -> wms.record(mapper.toCommand(partner, request)));
    }

    WebhookOutcome carrier(UUID entryId, WebhookPartner partner, String carrier, CarrierEventRequest request) {
        return inbox.process(entryId, EventIds.of(request.eventId()),
                () -> carriers.record(mapper.toCommand(partner, carrier, request)));
    }

    /** The stored webhook, handled again; its partner as configured now. */
    WebhookOutcome replay(UUID entryId) {
        return inbox.replay(entryId, entry -> {
            WebhookPartner partner = partners.configured(entry.partnerId())
                    .orElseThrow(() -> new ConflictException("Partner " + entry.partnerId()
                            + " of webhook " + entryId + " is no longer configured"));
            return switch (entry.webhook()) {
                case "wms" -> wms(entryId, partner, read(entry, WmsEventRequest.class));
                case "carriers" -> carrier(entryId, partner,
                        entry.path().substring(WebhookInboxFilter.CARRIERS.length()),
                        read(entry, CarrierEventRequest.class));
                default -> throw new ConflictException("Webhook " + entryId + " is of no known kind");
            };
        });
    }

    /** The live endpoint's checks, for a stored body: malformed or invalid is 400, as it was when it arrived. */
    private <T> T read(WebhookInboxEntry entry, Class<T> type) {
        T request;
        try {
            request = JSON.readValue(entry.body(), type);
        } catch (JacksonException malformed) {
            throw new StoredBodyException("The stored body is not a valid " + type.getSimpleName(), List.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new StoredBodyException("The stored body breaks the rules", violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList());
        }
        return request;
    }

    /** The entry id of a live webhook, set by {@link WebhookInboxFilter}. */
    static UUID entryOf(HttpServletRequest request) {
        Object entry = request.getAttribute(WebhookInboxFilter.ENTRY);
        if (entry instanceof UUID id) {
            return id;
        }
        throw new IllegalStateException("A webhook reached its handler without an inbox entry");
    }

    /** 400, like the live endpoint's answer to the same body. */
    static final class StoredBodyException extends BadRequestException {

        StoredBodyException(String detail, List<FieldError> errors) {
            super(detail, errors);
        }
    }
}
