package io.opendoms.order.adapter.notification;

import io.opendoms.order.application.DeliverNotificationsService;
import io.opendoms.order.application.DueDeliveriesPort;
import io.opendoms.order.application.SubscriptionUrlPolicy;
import io.opendoms.order.config.SubscriptionProperties;
import io.opendoms.platform.delivery.DispatchLoop;
import io.opendoms.platform.retention.PacedPurger;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubscriptionProperties.class)
class NotificationConfig {

    @Bean
    SubscriptionUrlPolicy subscriptionUrlPolicy(SubscriptionProperties properties) {
        return new SubscriptionUrlPolicy(properties.allowInsecureUrls());
    }

    @Bean
    NotificationHttpSender notificationHttpSender(SubscriptionProperties properties, Clock clock) {
        return new NotificationHttpSender(properties.connectTimeout(), properties.requestTimeout(), clock);
    }

    @Bean
    DeliverNotificationsService deliverNotificationsService(DueDeliveriesPort deliveries, NotificationHttpSender sender,
                                                            SubscriptionUrlPolicy urls,
                                                            SubscriptionProperties properties, Clock clock) {
        return new DeliverNotificationsService(deliveries, sender, urls, properties.firstRetry(),
                properties.maxRetryInterval(), properties.retryFor(), properties.requestTimeout(),
                properties.batchSize(), clock);
    }

    /** Ended deliveries and their attempts, past the retention, in paced batches (as the outbox is purged). */
    @Bean
    PacedPurger deliveryPurger(JdbcTemplate jdbc, SubscriptionProperties properties, Clock clock) {
        return PacedPurger.of("notification-purge", jdbc, DeliveryPurge.STATEMENT, properties.deliveryRetention(),
                1000, Duration.ofMinutes(10), Duration.ofMillis(20), clock);
    }

    /** The thread that sends notifications, so that no subscriber, however slow, ever holds up the order flow. */
    @Bean
    DispatchLoop deliveryDispatcher(DeliverNotificationsService service, SubscriptionProperties properties) {
        return new DispatchLoop("notification-dispatcher", service::dispatchDue, properties.dispatchInterval());
    }
}
