package io.opendoms.gateway.proxy;

import java.util.Map;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The gateway's handler looks up one {@link ProxyExchange}; this one passes each request to the exchange of the
 * service its route named ({@link ServiceResilience#SERVICE_ATTRIBUTE}), whose HTTP client has that service's
 * time-out.
 */
final class ServiceProxyExchange implements ProxyExchange {

    private final Map<String, ProxyExchange> byService;
    private final ProxyExchange fallback;

    ServiceProxyExchange(Map<String, ProxyExchange> byService, ProxyExchange fallback) {
        this.byService = Map.copyOf(byService);
        this.fallback = fallback;
    }

    @Override
    public ServerResponse exchange(Request request) {
        Object service = request.getServerRequest().attributes().get(ServiceResilience.SERVICE_ATTRIBUTE);
        ProxyExchange exchange = service == null ? null : byService.get(service.toString());
        return (exchange != null ? exchange : fallback).exchange(request);
    }
}
