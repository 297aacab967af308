package io.opendoms.platform.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * One path rule for every server (see {@link CanonicalPaths}): the filter runs right after the correlation id
 * and before the webhook signature check and Spring Security; Spring Security's own firewall, which refuses
 * more (odd methods, header values), answers problem+json too, and so does Tomcat for what it refuses itself
 * ({@link ProblemErrorReportValve}, installed by {@link WebProblemsAutoConfiguration}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CanonicalPathAutoConfiguration {

    /** After the correlation id (highest precedence), before the webhook signature filter. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 5;

    @Bean
    @ConditionalOnMissingBean(name = "canonicalPathFilter")
    FilterRegistrationBean<CanonicalPathFilter> canonicalPathFilter() {
        FilterRegistrationBean<CanonicalPathFilter> registration = new FilterRegistrationBean<>(new CanonicalPathFilter());
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestRejectedHandler.class)
    static class FirewallProblems {

        @Bean
        @ConditionalOnMissingBean
        RequestRejectedHandler problemRequestRejectedHandler() {
            return (request, response, rejected) -> Problems.write(response,
                    Problems.of(HttpStatus.BAD_REQUEST, "The request was refused: it is malformed or ambiguous."));
        }
    }
}
