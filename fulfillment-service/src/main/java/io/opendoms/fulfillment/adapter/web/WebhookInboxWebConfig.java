package io.opendoms.fulfillment.adapter.web;

import io.opendoms.fulfillment.application.WebhookInboxService;
import io.opendoms.platform.webhook.WebhookAutoConfiguration;
import io.opendoms.platform.webhook.WebhookRejectionListener;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebhookInboxWebConfig {

    /** Right after the signature filter, ahead of Spring Security: it sees verified webhooks only. */
    @Bean
    FilterRegistrationBean<WebhookInboxFilter> webhookInboxFilter(WebhookInboxService inbox, Clock clock) {
        FilterRegistrationBean<WebhookInboxFilter> registration =
                new FilterRegistrationBean<>(new WebhookInboxFilter(inbox, clock));
        registration.setOrder(WebhookAutoConfiguration.ORDER + 1);
        return registration;
    }

    @Bean
    WebhookRejectionListener webhookRejectionRecorder(WebhookInboxService inbox, Clock clock) {
        return new WebhookRejectionRecorder(inbox, clock);
    }
}
