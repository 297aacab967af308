package io.opendoms.platform.testapp;

import io.opendoms.platform.webhook.WebhookSignatureFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhookEchoController {

    @PostMapping("/api/v1/webhooks/test")
    Map<String, Object> echo(@RequestBody String body, HttpServletRequest request) {
        return Map.of("body", body, "source", request.getAttribute(WebhookSignatureFilter.SOURCE_ATTRIBUTE));
    }
}
