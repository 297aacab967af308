package io.opendoms.gateway.proxy;

import java.net.URI;
import java.util.Collection;
import org.springframework.cloud.gateway.server.mvc.handler.ProxyExchange;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends the client's query string to the service exactly as it arrived. The gateway's handler
 * rebuilds the query from decoded parameters instead, which re-encodes it ({@code @} becomes
 * {@code %40}) and would even move the fields of a form body into it.
 */
final class RawQueryProxyExchange implements ProxyExchange {

    private final ProxyExchange delegate;

    RawQueryProxyExchange(ProxyExchange delegate) {
        this.delegate = delegate;
    }

    @Override
    public ServerResponse exchange(Request request) {
        String rawQuery = request.getServerRequest().servletRequest().getQueryString();
        URI uri = UriComponentsBuilder.fromUri(request.getUri()).replaceQuery(rawQuery).build(true).toUri();
        return delegate.exchange(new Request() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public HttpMethod getMethod() {
                return request.getMethod();
            }

            @Override
            public ServerRequest getServerRequest() {
                return request.getServerRequest();
            }

            @Override
            public Collection<ResponseConsumer> getResponseConsumers() {
                return request.getResponseConsumers();
            }

            @Override
            public HttpHeaders getHeaders() {
                return request.getHeaders();
            }
        });
    }
}
