package io.opendoms.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code opendoms.outbox.*}.
 *
 * @param enabled             whether this instance runs the relay (the writer always works)
 * @param pollInterval        how often the relay looks for rows when no commit woke it
 * @param batchSize           rows per round; a full round is followed by another at once
 * @param sendTimeout         how long a round waits for the broker's acknowledgements
 * @param retryBackOffInitial wait before the second attempt of a row Kafka refused; doubles per attempt
 * @param retryBackOffMax     longest wait between attempts of a refused row
 * @param retention           how long published rows are kept (for diagnosis) before the purge deletes them
 * @param purgeInterval       how often the purge runs
 * @param purgeBatchSize      rows deleted per purge statement
 * @param purgePause          pause between two purge statements, so that the service's own commits are not
 *                            queued behind a long run of deletes
 */
@ConfigurationProperties("opendoms.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("500") int batchSize,
        @DefaultValue("45s") Duration sendTimeout,
        @DefaultValue("1s") Duration retryBackOffInitial,
        @DefaultValue("10s") Duration retryBackOffMax,
        @DefaultValue("1h") Duration retention,
        @DefaultValue("10s") Duration purgeInterval,
        @DefaultValue("1000") int purgeBatchSize,
        @DefaultValue("20ms") Duration purgePause) {
}
