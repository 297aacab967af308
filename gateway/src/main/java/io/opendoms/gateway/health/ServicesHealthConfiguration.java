package io.opendoms.gateway.health;

import io.opendoms.gateway.config.ServicesProperties;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The gateway's health includes every service's ({@code components.services.components.<name>}), so
 * "the gateway is UP" means the whole stack answers.
 */
@Configuration(proxyBeanMethods = false)
public class ServicesHealthConfiguration {

    /** Short, so that one hung service cannot hold the health endpoint (and a probe) for long. */
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Bean
    CompositeHealthContributor servicesHealthContributor(ServicesProperties services) {
        RestClient client = RestClient.builder()
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk()
                        .withHttpClientCustomizer(http -> http.version(HttpClient.Version.HTTP_1_1))
                        .build(HttpClientSettings.defaults().withTimeouts(TIMEOUT, TIMEOUT)))
                .build();
        return CompositeHealthContributor.fromMap(services.byName(),
                baseUri -> new ServiceHealthIndicator(client, baseUri));
    }
}
