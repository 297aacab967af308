package io.opendoms.platform.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
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
 * more (odd methods, header values), answers problem+json too.
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

    /**
     * Replaces Tomcat's HTML error report (Spring Boot installs one on the host) by problem+json, for what Tomcat
     * refuses before the application sees it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.catalina.valves.ErrorReportValve",
            "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory"})
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return new ProblemValveCustomizer();
        }
    }

    static final class ProblemValveCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }

        /** After Spring Boot's own customizer, which adds its error report valve from a context customizer too. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
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
