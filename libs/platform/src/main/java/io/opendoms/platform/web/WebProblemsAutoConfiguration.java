package io.opendoms.platform.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Problem details for every error: controller advice, the error path, and data-access conflicts. */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebProblemsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /** After security (a request without a token is still 401), before any handler. */
    @Bean
    @ConditionalOnMissingBean(name = "mediaTypeGuardFilter")
    FilterRegistrationBean<MediaTypeGuardFilter> mediaTypeGuardFilter() {
        FilterRegistrationBean<MediaTypeGuardFilter> registration = new FilterRegistrationBean<>(new MediaTypeGuardFilter());
        registration.setOrder(0);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * Tomcat's error pages as problems. Installed when the host starts, after every customizer
     * (Spring Boot's own adds a plain ErrorReportValve, which would answer first in HTML).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.apache.catalina.valves.ErrorReportValve",
            "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory"})
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.addLifecycleListener(event -> {
                        if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                            for (Valve valve : host.getPipeline().getValves()) {
                                if (valve instanceof ErrorReportValve) {
                                    host.getPipeline().removeValve(valve);
                                }
                            }
                            host.getPipeline().addValve(new ProblemErrorReportValve());
                            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        }
                    });
                }
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.dao.DataIntegrityViolationException")
    static class DataAccessProblems {

        @Bean
        @ConditionalOnMissingBean
        DataAccessProblemAdvice dataAccessProblemAdvice() {
            return new DataAccessProblemAdvice();
        }
    }
}
