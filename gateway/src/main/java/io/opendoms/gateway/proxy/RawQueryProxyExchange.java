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

    /**
     * The query as sent, with only what a URI may not hold percent-encoded (a stray {@code %}, {@code |},
     * {@code "}, non-ASCII...): what the client encoded stays as it was, and a query that Tomcat let through
     * can never fail the proxy (it used to answer 500).
     */
    static String legalQuery(String raw) {
        StringBuilder query = new StringBuilder(raw.length());
        byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || (b < 0x80 && ALLOWED.indexOf(b) >= 0)) {
                query.append((char) b);
            } else {
                query.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return query.toString();
    }

    /** RFC 3986 query characters, '%' aside (kept only as the start of an escape). */
    private static final String ALLOWED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?";

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    RawQueryProxyExchange(ProxyExchange delegate) {
        this.delegate = delegate;
    }

    @Override
    public ServerResponse exchange(Request request) {
        String rawQuery = request.getServerRequest().servletRequest().getQueryString();
        URI target = UriComponentsBuilder.fromUri(request.getUri()).replaceQuery(null).build(true).toUri();
        URI uri = rawQuery == null ? target : URI.create(target + "?" + legalQuery(rawQuery));
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
