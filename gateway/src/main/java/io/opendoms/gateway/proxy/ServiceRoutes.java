package io.opendoms.gateway.proxy;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import io.opendoms.gateway.config.ServicesProperties;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The public paths of the API and the service behind each. Nothing is rewritten on the way: the
 * path, query, headers and body reach the service as the client sent them (webhook signatures cover
 * the raw body), so the services keep validating tokens and signatures themselves.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceRoutes {

    @Bean
    RouterFunction<ServerResponse> apiRoutes(ServicesProperties services, ServiceResilience resilience) {
        return proxy(resilience, "order", services.order(),
                        "/api/v1/orders", "/api/v1/orders/**", "/api/v1/subscriptions/**")
                .and(proxy(resilience, "inventory", services.inventory(),
                        "/api/v1/locations/**", "/api/v1/items/**", "/api/v1/stock/**",
                        "/api/v1/availability/**", "/api/v1/reservations/**"))
                .and(proxy(resilience, "routing", services.routing(), "/api/v1/routing/**"))
                .and(proxy(resilience, "fulfillment", services.fulfillment(),
                        "/api/v1/fulfillments/**", "/api/v1/webhooks/wms", "/api/v1/webhooks/carriers/**",
                        // fulfillment's webhook inbox: an ops API with a bearer token, below the webhooks' paths
                        "/api/v1/webhooks/inbox", "/api/v1/webhooks/inbox/**"))
                .and(proxy(resilience, "returns", services.returns(), "/api/v1/returns/**", "/api/v1/webhooks/wms/returns"));
    }

    /** {@code /v3/api-docs/<service>} → that service's own {@code /v3/api-docs}, for the one Swagger UI. */
    @Bean
    RouterFunction<ServerResponse> apiDocsRoutes(ServicesProperties services, ServiceResilience resilience) {
        return services.byName().entrySet().stream()
                .map(service -> route(service.getKey() + "-api-docs")
                        .route(path("/v3/api-docs/" + service.getKey()), http())
                        .before(uri(service.getValue()))
                        .before(setPath("/v3/api-docs"))
                        .filter(resilience.filter(service.getKey()))
                        .build())
                .reduce(RouterFunction::and)
                .orElseThrow();
    }

    private static RouterFunction<ServerResponse> proxy(ServiceResilience resilience, String service, URI backend,
            String... paths) {
        return route(service)
                .route(path(paths), http())
                .before(uri(backend))
                .filter(resilience.filter(service))
                .build();
    }
}
