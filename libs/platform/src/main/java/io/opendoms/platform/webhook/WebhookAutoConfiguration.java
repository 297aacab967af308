package io.opendoms.platform.webhook;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The webhook signature filter, after the canonical-path filter and ahead of Spring Security's chain (order
 * -100), and the resolver that hands handlers the verified partner.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebhookProperties.class)
public class WebhookAutoConfiguration {

    /** Public so that a service's own webhook filters can be ordered right after it. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnMissingBean(name = "webhookSignatureFilter")
    FilterRegistrationBean<WebhookSignatureFilter> webhookSignatureFilter(WebhookProperties properties,
            ObjectProvider<Clock> clock, ObjectProvider<WebhookRejectionListener> rejections) {
        FilterRegistrationBean<WebhookSignatureFilter> registration = new FilterRegistrationBean<>(
                new WebhookSignatureFilter(properties, clock.getIfUnique(Clock::systemUTC), rejections.getIfUnique()));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    WebMvcConfigurer webhookPartnerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new WebhookPartnerArgumentResolver());
            }
        };
    }
}
