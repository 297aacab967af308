package io.opendoms.platform.testapp;

import io.opendoms.platform.webhook.WebhookPartner;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhookEchoController {

    @PostMapping("/api/v1/webhooks/test")
    Map<String, Object> echo(@RequestBody String body, WebhookPartner partner) {
        return Map.of("body", body, "partner", partner.id());
    }

    @PostMapping("/api/v1/webhooks/test-carriers/{carrier}")
    Map<String, Object> carrier(@PathVariable String carrier, @RequestBody String body, WebhookPartner partner) {
        return Map.of("body", body, "partner", partner.id(), "carries", partner.carries(carrier));
    }

    /** Not a configured webhook path: a handler wanting a partner must refuse even a caller with a token. */
    @PostMapping("/api/v1/unlisted-webhook")
    Map<String, Object> unlisted(@RequestBody String body, WebhookPartner partner) {
        return Map.of("partner", partner.id());
    }
}
