package io.opendoms.platform.webhook;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.webhooks.*}: signing secrets per source and the paths they guard.
 *
 * @param sources   per source name (e.g. {@code wms}, {@code carriers}): the secret and Ant-style paths
 * @param tolerance how far the signature timestamp may be from now
 * @param maxBodySize largest accepted body in bytes
 */
@ConfigurationProperties("opendoms.webhooks")
public record WebhookProperties(
        Map<String, Source> sources,
        @DefaultValue("300s") Duration tolerance,
        @DefaultValue("1048576") int maxBodySize) {

    public WebhookProperties {
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    public record Source(String secret, List<String> paths) {

        public Source {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }
    }
}
