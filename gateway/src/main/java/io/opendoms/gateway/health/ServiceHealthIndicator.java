package io.opendoms.gateway.health;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/** UP when the service's own {@code /actuator/health} answers 200 UP; DOWN on anything else. */
final class ServiceHealthIndicator implements HealthIndicator {

    private final RestClient client;
    private final URI healthUri;

    ServiceHealthIndicator(RestClient client, URI baseUri) {
        this.client = client;
        this.healthUri = baseUri.resolve("/actuator/health");
    }

    @Override
    public Health health() {
        try {
            return client.get().uri(healthUri).exchange((request, response) -> {
                int httpStatus = response.getStatusCode().value();
                Object status = statusOf(response);
                Health.Builder health = httpStatus == 200 && Status.UP.getCode().equals(status)
                        ? Health.up()
                        : Health.down();
                return health.withDetail("httpStatus", httpStatus)
                        .withDetail("status", status == null ? Status.UNKNOWN.getCode() : status)
                        .build();
            });
        } catch (RestClientException e) {
            // the kind of failure (refused, timed out), without echoing internal URLs to the public
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Health.down().withDetail("error", cause.getClass().getName()).build();
        }
    }

    private static @Nullable Object statusOf(ConvertibleClientHttpResponse response) {
        try {
            Map<?, ?> body = response.bodyTo(Map.class);
            return body == null ? null : body.get("status");
        } catch (RestClientException e) {
            return null;  // not a health document (a proxy's error page, say): the status stays unknown
        }
    }
}
