package io.opendoms.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendoms.platform.support.Http;
import io.opendoms.platform.support.PlatformIT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureFilterIT extends PlatformIT {

    private static final String PATH = "/api/v1/webhooks/test";
    private static final String BODY = "{\"eventId\":\"e-1\",\"status\":\"SHIPPED\"}";

    private Http.Response post(String signature) {
        Http client = http();
        if (signature != null) {
            client.header(SignatureHeader.NAME, signature);
        }
        return client.post(PATH, BODY);
    }

    private static String sign(String secret, long at, String body) {
        return WebhookSignatures.sign(secret, at, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void validSignaturePassesAndTheControllerReadsTheBody() {
        Http.Response response = post(sign("test-secret", Instant.now().getEpochSecond(), BODY));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("body").asString()).isEqualTo(BODY);
        assertThat(response.json().get("source").asString()).isEqualTo("test");
    }

    @Test
    void wrongSecretIs401() {
        assertRejected(post(sign("other-secret", Instant.now().getEpochSecond(), BODY)));
    }

    @Test
    void signatureOfAnotherBodyIs401() {
        assertRejected(post(sign("test-secret", Instant.now().getEpochSecond(), BODY + " ")));
    }

    @Test
    void staleTimestampIs401() {
        assertRejected(post(sign("test-secret", Instant.now().getEpochSecond() - 301, BODY)));
        assertRejected(post(sign("test-secret", Instant.now().getEpochSecond() + 301, BODY)));
    }

    @Test
    void missingOrMalformedHeaderIs401() {
        assertRejected(post(null));
        assertRejected(post("garbage"));
    }

    private static void assertRejected(Http.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }
}
