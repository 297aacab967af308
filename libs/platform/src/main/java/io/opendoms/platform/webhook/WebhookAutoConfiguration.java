package io.opendoms.platform.webhook;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The webhook signature filter, ahead of Spring Security's chain (order -100). */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookAutoConfiguration {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnMissingBean(name = "webhookSignatureFilter")
    FilterRegistrationBean<WebhookSignatureFilter> webhookSignatureFilter(WebhookProperties properties,
                                                                          ObjectProvider<Clock> clock) {
        FilterRegistrationBean<WebhookSignatureFilter> registration = new FilterRegistrationBean<>(
                new WebhookSignatureFilter(properties, clock.getIfUnique(Clock::systemUTC)));
        registration.setOrder(ORDER);
        return registration;
    }
}
