package io.opendoms.gateway.proxy;

import io.opendoms.gateway.config.GatewayProperties;
import io.opendoms.gateway.config.ServicesProperties;
import io.opendoms.platform.correlation.Correlation;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.cloud.gateway.server.mvc.config.GatewayMvcProperties;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.cloud.gateway.server.mvc.handler.RestClientProxyExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.function.ServerRequest;

/** How requests are passed on: the client's request as sent, plus the headers the gateway adds. */
@Configuration(proxyBeanMethods = false)
public class ProxyConfiguration {

    /**
     * The JDK client would offer every service an upgrade to HTTP/2 ({@code Upgrade: h2c}) that the
     * services do not speak; plain HTTP/1.1 keeps the forwarded request what the client sent.
     */
    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> http11ToServices() {
        return builder -> builder.withHttpClientCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
    }

    @Bean
    ServiceResilience serviceResilience(GatewayProperties gateway, ServicesProperties services) {
        return new ServiceResilience(gateway.resilience(), services.byName().keySet());
    }

    /** One HTTP client per service, each with that service's time-out ({@code opendoms.gateway.resilience}). */
    @Bean
    ProxyExchange proxyExchange(RestClient.Builder restClient, GatewayMvcProperties properties,
            ClientHttpRequestFactoryBuilder<?> requestFactories, HttpClientSettings settings,
            ServicesProperties services, ServiceResilience resilience) {
        Map<String, ProxyExchange> byService = new LinkedHashMap<>();
        for (String service : services.byName().keySet()) {
            RestClient client = restClient.clone()
                    .requestFactory(requestFactories.build(settings.withReadTimeout(resilience.timeoutOf(service))))
                    .build();
            byService.put(service, new RawQueryProxyExchange(new RestClientProxyExchange(client, properties)));
        }
        return new ServiceProxyExchange(byService,
                new RawQueryProxyExchange(new RestClientProxyExchange(restClient.build(), properties)));
    }

    /**
     * The service logs and publishes under the id the gateway echoes to the client. The platform's
     * filter has already adopted the client's id or made a new one (it replaces an unsafe one), so the
     * header is set from it rather than copied from the request.
     */
    @Bean
    RequestHttpHeadersFilter correlationIdRequestHeader() {
        return (headers, request) -> {
            String id = Correlation.current();
            if (id == null) {
                String offered = headers.getFirst(Correlation.HEADER);
                id = Correlation.isValid(offered) ? offered : Correlation.newId();
            }
            HttpHeaders updated = HttpHeaders.copyOf(headers);
            updated.set(Correlation.HEADER, id);
            return updated;
        };
    }

    /** The gateway has already set the (same) id on its response; the service's echo would repeat it. */
    @Bean
    ResponseHttpHeadersFilter correlationIdResponseHeader() {
        return (headers, response) -> {
            HttpHeaders updated = HttpHeaders.copyOf(headers);
            updated.remove(Correlation.HEADER);
            return updated;
        };
    }

    /**
     * Without trusted proxies configured the gateway is the edge: Spring Cloud Gateway then drops the
     * client's {@code X-Forwarded-*} (they could be forged) and adds none, so the services would not
     * know the public host. This states what the gateway itself saw. Behind a load balancer, set
     * {@code spring.cloud.gateway.server.webmvc.trusted-proxies} instead and the gateway's own
     * filter appends to the balancer's headers.
     */
    @Bean
    @Conditional(TrustedProxies.NotXForwardedTrustedProxiesCondition.class)
    RequestHttpHeadersFilter edgeForwardedHeaders() {
        return new EdgeForwardedHeaders();
    }

    static final class EdgeForwardedHeaders implements RequestHttpHeadersFilter, Ordered {

        @Override
        public HttpHeaders apply(HttpHeaders headers, ServerRequest request) {
            URI uri = request.uri();
            int defaultPort = "https".equals(uri.getScheme()) ? 443 : 80;
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort;
            HttpHeaders updated = HttpHeaders.copyOf(headers);
            updated.set("X-Forwarded-Proto", uri.getScheme());
            updated.set("X-Forwarded-Host", port == defaultPort ? uri.getHost() : uri.getHost() + ":" + port);
            updated.set("X-Forwarded-Port", String.valueOf(port));
            updated.set("X-Forwarded-For", request.servletRequest().getRemoteAddr());
            return updated;
        }

        @Override
        public int getOrder() {
            // after the gateway's own filter has removed what the client sent
            return 1;
        }
    }
}
