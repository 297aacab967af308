package io.opendoms.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    private static final byte[] BODY = "{\"eventId\":\"e-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
    private static final Duration TOLERANCE = Duration.ofSeconds(300);

    @Test
    void signsLikeTheSpecSays() {
        // HMAC-SHA256("secret", "1700000000." + body), computed independently
        assertThat(WebhookSignatures.sign("secret", 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=" + hmacHex("secret", "1700000000." + new String(BODY, StandardCharsets.UTF_8)));
    }

    @Test
    void verifiesItsOwnSignature() {
        String header = WebhookSignatures.sign("secret", NOW.getEpochSecond(), BODY);
        assertThat(WebhookSignatures.check("secret", header, BODY, TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.VALID);
    }

    @Test
    void rejectsAnotherSecretOrBody() {
        String header = WebhookSignatures.sign("secret", NOW.getEpochSecond(), BODY);
        assertThat(WebhookSignatures.check("other", header, BODY, TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.MISMATCH);
        assertThat(WebhookSignatures.check("secret", header, "{}".getBytes(StandardCharsets.UTF_8), TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.MISMATCH);
    }

    @Test
    void acceptsTheEdgesOfTheWindowAndRejectsBeyond() {
        long t = NOW.getEpochSecond();
        assertThat(WebhookSignatures.verify("s", WebhookSignatures.sign("s", t - 300, BODY), BODY, TOLERANCE, NOW)).isTrue();
        assertThat(WebhookSignatures.verify("s", WebhookSignatures.sign("s", t + 300, BODY), BODY, TOLERANCE, NOW)).isTrue();
        assertThat(WebhookSignatures.check("s", WebhookSignatures.sign("s", t - 301, BODY), BODY, TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.STALE);
        assertThat(WebhookSignatures.check("s", WebhookSignatures.sign("s", t + 301, BODY), BODY, TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.STALE);
    }

    @Test
    void acceptsAnyOfSeveralSignatures() {
        String good = WebhookSignatures.sign("s", NOW.getEpochSecond(), BODY);
        String header = "t=" + NOW.getEpochSecond() + ",v1=" + "0".repeat(64) + "," + good.substring(good.indexOf("v1="));
        assertThat(WebhookSignatures.verify("s", header, BODY, TOLERANCE, NOW)).isTrue();
    }

    @Test
    void missingAndMalformedHeadersAreRejected() {
        assertThat(WebhookSignatures.check("s", null, BODY, TOLERANCE, NOW)).isEqualTo(WebhookSignatures.Result.MISSING);
        assertThat(WebhookSignatures.check("s", " ", BODY, TOLERANCE, NOW)).isEqualTo(WebhookSignatures.Result.MISSING);
        assertThat(WebhookSignatures.check("s", "v1=abc", BODY, TOLERANCE, NOW))
                .isEqualTo(WebhookSignatures.Result.MALFORMED);
    }

    @Test
    void uppercaseHexIsAccepted() {
        String header = WebhookSignatures.sign("s", NOW.getEpochSecond(), BODY);
        String upper = header.substring(0, header.indexOf("v1=") + 3) + header.substring(header.indexOf("v1=") + 3).toUpperCase();
        assertThat(WebhookSignatures.verify("s", upper, BODY, TOLERANCE, NOW)).isTrue();
    }

    private static String hmacHex(String secret, String data) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(data.getBytes(StandardCharsets.UTF_8))) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
