package io.opendoms.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientKeysTest {

    @Test
    void theWebhookInboxIsAnApiCountedPerClientNotAWebhook() {
        assertThat(ClientKeys.isWebhook(request("POST", "/api/v1/webhooks/wms"))).isTrue();
        assertThat(ClientKeys.isWebhook(request("POST", "/api/v1/webhooks/carriers/ups"))).isTrue();
        assertThat(ClientKeys.isWebhook(request("GET", "/api/v1/webhooks/inbox"))).isFalse();
        assertThat(ClientKeys.isWebhook(request("POST", "/api/v1/webhooks/inbox/6f1c/replay"))).isFalse();
        MockHttpServletRequest claimed = request("GET", "/api/v1/webhooks/inbox");
        claimed.addHeader("OMS-Partner", "wms-default");
        assertThat(ClientKeys.webhookPartner(claimed)).isEmpty();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }
}
